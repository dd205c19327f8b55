import { z } from 'zod';
import { GlossarySchema, type GlossaryTerm } from '../schemas/glossary';
import { makeGuideSchema, type GuideDoc } from '../schemas/guide';
import { SourceRegistrySchema, type Source } from '../schemas/source';
import { makeTherapySchema, type TherapyDoc } from '../schemas/therapy';
import { makeConditionSchema, type ConditionDoc } from '../schemas/condition';
import { DEFAULT_MAX_GRADE, readingStats, type ReadingStats } from '../mdx/readability';
import type { TocEntry } from '../mdx/prose';
import { STATIC_ROUTES, conditionPath, guidePath, therapyPath } from '../site/paths';
import { ConfidenceSchema, claimProblems, quoteIndexOf, type QuoteIndex } from '../schemas/citation';
import { claimsOf, type Claim } from '../evidence/claims';
import {
  makeWarningSignsSchema,
  setsById,
  warningSignsProse,
  type WarningLibrary,
  type WarningSet,
} from '../schemas/warning-signs';
import { ContentError, issuesToProblems, type ContentProblem } from './content-error';
import { checkBody } from './check-body';

// Callers name the validator for its problems and error; both live in content-error.ts.
export { ContentError, type ContentProblem };
export { checkBody };

/** The shape Contentlayer hands us for an MDX document, before our own checks. */
export interface RawArticle {
  _raw: { sourceFilePath: string };
  body: { raw: string; code: string };
  url: string;
  stats: ReadingStats;
  headings: TocEntry[];
  [field: string]: unknown;
}

/** What every validated article carries beside its frontmatter. */
export interface ArticleExtras {
  file: string;
  url: string;
  raw: string;
  code: string;
  stats: ReadingStats;
  headings: TocEntry[];
}

function extrasOf(doc: RawArticle): ArticleExtras {
  return {
    file: `content/${doc._raw.sourceFilePath}`,
    url: doc.url,
    raw: doc.body.raw,
    code: doc.body.code,
    stats: doc.stats,
    headings: doc.headings,
  };
}

/** The shape Contentlayer hands us for a condition data file. */
export interface RawCondition {
  _raw: { sourceFilePath: string };
  slug: string;
  url: string;
  [field: string]: unknown;
}

export interface RawContent {
  therapies: RawArticle[];
  guides: RawArticle[];
  /** content/conditions/*.yaml; optional so fixtures without conditions stay small. */
  conditions?: RawCondition[];
  sources: { file: string; data: unknown };
  glossary: { file: string; data: unknown };
  /** content/warning-signs.yaml; optional so fixtures that name no set stay small. */
  warningSigns?: { file: string; data: unknown };
}

/** What a validated condition carries beside its own fields. */
export interface ConditionExtras {
  file: string;
  url: string;
  stats: ReadingStats;
}

export interface ValidContent {
  therapies: (TherapyDoc & ArticleExtras)[];
  guides: (GuideDoc & ArticleExtras)[];
  conditions: (ConditionDoc & ConditionExtras)[];
  sources: Source[];
  glossary: GlossaryTerm[];
  /** The one library of warning signs; null only when the content has none to name. */
  warningSigns: WarningLibrary | null;
}

const INTERNAL_FIELDS = new Set(['_id', '_raw', 'type', 'body', 'url', 'stats', 'headings']);

function frontmatterOf(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !INTERNAL_FIELDS.has(key)));
}

function checkReadingLevel(file: string, doc: RawArticle): ContentProblem[] {
  const level = doc.readingLevel as { maxGrade?: number } | undefined;
  const ceiling = level?.maxGrade ?? DEFAULT_MAX_GRADE;
  if (doc.stats.grade <= ceiling) return [];
  return [
    {
      file,
      field: 'body (reading level)',
      message: `reads at grade ${doc.stats.grade}, above the ceiling of ${ceiling}: use shorter sentences and plainer words, or set readingLevel with a reason`,
    },
  ];
}

export interface ValidationOptions {
  /**
   * Today as YYYY-MM-DD, to apply the calendar rules (overdue reviews, checks dated in the
   * future). The build passes it; the running server does not, so it never fails on a date.
   */
  today?: string;
  /** Cited statements kept outside content/ (the decision helper's), checked like the rest. */
  extraClaims?: readonly Claim[];
}

function looseQuoteIndex(data: unknown): QuoteIndex {
  const entries = Array.isArray(data) ? data : [];
  return quoteIndexOf(
    entries.flatMap((entry) => {
      const source = QuoteIndexEntrySchema.safeParse(entry);
      return source.success ? [source.data] : [];
    }),
  );
}

const QuoteIndexEntrySchema = z.object({
  id: z.string(),
  quotes: z
    .array(z.object({ id: z.string(), confidence: ConfidenceSchema.catch('low') }))
    .catch([]),
});

/** A registered source must back a claim or be listed as further reading; otherwise it is noise. */
function unusedSources(
  file: string,
  sources: readonly { id: string }[],
  used: ReadonlySet<string>,
): ContentProblem[] {
  return sources.flatMap((source, index) =>
    used.has(source.id)
      ? []
      : [
          {
            file,
            field: `sources[${index}] (${source.id})`,
            message: `nothing cites "${source.id}" and no page lists it as further reading: cite one of its quotes, add it to a page's furtherReading, or remove it`,
          },
        ],
  );
}

/** content/warning-signs.yaml: its shape, its citations and its reading grade. */
function validateWarningLibrary(
  raw: RawContent['warningSigns'],
  quotes: QuoteIndex,
  options: ValidationOptions,
  problems: ContentProblem[],
): WarningLibrary | null {
  if (!raw) return null;
  const result = makeWarningSignsSchema({ quotes, today: options.today }).safeParse(raw.data);
  if (!result.success) {
    problems.push(...issuesToProblems(raw.file, result.error));
    return null;
  }
  const { grade } = readingStats(warningSignsProse(result.data));
  if (grade > DEFAULT_MAX_GRADE) {
    problems.push({
      file: raw.file,
      field: '(reading level)',
      message: `reads at grade ${grade}, above the ceiling of ${DEFAULT_MAX_GRADE}: use shorter sentences and plainer words`,
    });
  }
  return result.data;
}


type Result = { ok: true; content: ValidContent } | { ok: false; problems: ContentProblem[] };

/** The registry, the glossary and the quote index every citation is checked against. */
function parseRegistries(raw: RawContent, problems: ContentProblem[]) {
  const registry = SourceRegistrySchema.safeParse(raw.sources.data);
  if (!registry.success)
    problems.push(...issuesToProblems(raw.sources.file, registry.error, ['sources']));
  const glossaryResult = GlossarySchema.safeParse(raw.glossary.data);
  if (!glossaryResult.success)
    problems.push(...issuesToProblems(raw.glossary.file, glossaryResult.error, ['terms']));
  const sources = registry.success ? registry.data : [];
  return {
    sources,
    glossary: glossaryResult.success ? glossaryResult.data : [],
    // A registry with a mistake in one quote still resolves every other citation, so the editor
    // sees that one mistake rather than every citation in the site reported as unknown.
    quotes: registry.success ? quoteIndexOf(sources) : looseQuoteIndex(raw.sources.data),
  };
}

/** Citations outside the documents: the glossary's, and the site text's (`extraClaims`). */
function outsideClaimProblems(
  raw: RawContent,
  glossary: readonly GlossaryTerm[],
  quotes: QuoteIndex,
  extraClaims: readonly Claim[],
): ContentProblem[] {
  const located = (file: string, field: string, refs: Parameters<typeof claimProblems>[0]) =>
    claimProblems(refs, quotes).map((problem) => ({
      file,
      field: `${field}${problem.index === undefined ? '' : `[${problem.index}]`}`,
      message: problem.message,
    }));
  return [
    ...glossary.flatMap((term, index) =>
      located(raw.glossary.file, `terms[${index}].sources`, term.sources ?? []),
    ),
    ...extraClaims.flatMap((claim) => located(claim.file, claim.field, claim.refs)),
  ];
}

/** Each document through its schema: the valid ones with their extras, problems for the rest. */
function parseArticles<T>(
  docs: readonly RawArticle[],
  schema: z.ZodType<T>,
  problems: ContentProblem[],
): (T & ArticleExtras)[] {
  return docs.flatMap((doc) => {
    const result = schema.safeParse(frontmatterOf(doc));
    if (result.success) return [{ ...result.data, ...extrasOf(doc) }];
    problems.push(...issuesToProblems(`content/${doc._raw.sourceFilePath}`, result.error));
    return [];
  });
}

function duplicateOrders(guides: ValidContent['guides']): ContentProblem[] {
  const orders = new Map<number, string>();
  const problems: ContentProblem[] = [];
  for (const guide of guides) {
    const other = orders.get(guide.order);
    if (other)
      problems.push({
        file: guide.file,
        field: 'order',
        message: `${guide.order} is already used by ${other}`,
      });
    orders.set(guide.order, guide.file);
  }
  return problems;
}

/** Each condition file through its schema, then its page's reading grade, warning cards included. */
function parseConditions(
  raw: RawContent,
  schema: ReturnType<typeof makeConditionSchema>,
  warningSigns: WarningLibrary | null,
  problems: ContentProblem[],
): ValidContent['conditions'] {
  return (raw.conditions ?? []).flatMap((doc) => {
    const file = `content/${doc._raw.sourceFilePath}`;
    const result = schema.safeParse(frontmatterOf(doc));
    if (!result.success) {
      problems.push(...issuesToProblems(file, result.error));
      return [];
    }
    const shown = warningSigns ? setsById(warningSigns, result.data.warningSigns) : [];
    const stats = readingStats(conditionProse(result.data, shown));
    const ceiling = result.data.readingLevel?.maxGrade ?? DEFAULT_MAX_GRADE;
    if (stats.grade > ceiling) {
      problems.push({
        file,
        field: '(reading level)',
        message: `reads at grade ${stats.grade}, above the ceiling of ${ceiling}: use shorter sentences and plainer words, or set readingLevel with a reason`,
      });
    }
    return [{ ...result.data, file, url: doc.url, stats }];
  });
}

/** Every MDX body's components, citations and links, and its reading grade. */
function bodyProblems(
  raw: RawContent,
  ctx: Omit<Parameters<typeof checkBody>[2], 'routes'>,
): ContentProblem[] {
  const routes = new Set<string>([
    ...STATIC_ROUTES,
    ...raw.therapies.map((doc) => therapyPath(String(doc.slug))),
    ...raw.guides.map((doc) => guidePath(String(doc.slug))),
    ...(raw.conditions ?? []).map((doc) => conditionPath(String(doc.slug))),
  ]);
  return [...raw.therapies, ...raw.guides].flatMap((doc) => {
    const file = `content/${doc._raw.sourceFilePath}`;
    return [...checkBody(file, doc.body.raw, { ...ctx, routes }), ...checkReadingLevel(file, doc)];
  });
}

/** Sources that back no claim and that no page lists as further reading. */
function unusedSourceProblems(
  raw: RawContent,
  content: ValidContent,
  extraClaims: readonly Claim[] | undefined,
): ContentProblem[] {
  const { therapies, guides, glossary, conditions, warningSigns, sources } = content;
  const claims = claimsOf({
    therapies,
    guides,
    glossary,
    glossaryFile: raw.glossary.file,
    conditions,
    warningSigns:
      warningSigns && raw.warningSigns
        ? { file: raw.warningSigns.file, library: warningSigns }
        : undefined,
    extra: extraClaims,
  });
  const used = new Set([
    ...claims.flatMap((claim) => claim.refs.map((ref) => ref.source)),
    ...[...therapies, ...guides].flatMap((doc) => doc.furtherReading ?? []),
  ]);
  return unusedSources(raw.sources.file, sources, used);
}

/** Checks every document against the schemas and against each other; returns all problems. */
export function validateContent(raw: RawContent, options: ValidationOptions = {}): Result {
  const problems: ContentProblem[] = [];
  const { today, extraClaims } = options;
  const { sources, glossary, quotes } = parseRegistries(raw, problems);
  problems.push(...outsideClaimProblems(raw, glossary, quotes, extraClaims ?? []));

  const warningSigns = validateWarningLibrary(raw.warningSigns, quotes, options, problems);
  const warningSetIds = new Set(warningSigns?.sets.map((entry) => entry.id) ?? []);
  const therapySlugs = new Set(raw.therapies.map((doc) => String(doc.slug)));
  const therapies = parseArticles(raw.therapies, makeTherapySchema({ quotes, today }), problems);
  const guides = parseArticles(
    raw.guides,
    makeGuideSchema({ quotes, therapySlugs, today }),
    problems,
  );
  problems.push(...duplicateOrders(guides));
  const conditionSchema = makeConditionSchema({ quotes, therapySlugs, warningSetIds, today });
  const conditions = parseConditions(raw, conditionSchema, warningSigns, problems);
  const termIds = new Set(glossary.map((term) => term.id));
  problems.push(...bodyProblems(raw, { quotes, termIds, therapySlugs, warningSetIds }));

  const content = { therapies, guides, conditions, sources, glossary, warningSigns };
  // Only once every document parsed: a broken file's citations would otherwise look unused.
  if (problems.length === 0) problems.push(...unusedSourceProblems(raw, content, extraClaims));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content };
}

/** Every sentence a condition page shows, its warning-sign cards too, for the reading-grade check. */
export function conditionProse(
  condition: ConditionDoc,
  warningSets: readonly Pick<WarningSet, 'title' | 'intro' | 'signs'>[] = [],
): string {
  const sentences = [
    condition.summary,
    ...warningSets.flatMap((set) => [
      `${set.title}.`,
      set.intro?.text ?? '',
      ...set.signs.map((sign) => `${sign.text}.`),
    ]),
    ...Object.values(condition.therapies).flatMap((entry) => [
      entry.summary?.text ?? '',
      ...entry.research.map((item) => item.text),
      ...entry.guidelines.map((item) => item.text),
      ...entry.coverage.map((item) => item.text),
      entry.sessions?.text ?? '',
    ]),
  ];
  return sentences.filter(Boolean).join('\n\n');
}
