import { z } from 'zod';
import { GlossarySchema, type GlossaryTerm } from '../schemas/glossary';
import { makeGuideSchema, type GuideDoc } from '../schemas/guide';
import { SourceRegistrySchema, type Source } from '../schemas/source';
import { makeTherapySchema, type TherapyDoc } from '../schemas/therapy';
import { makeConditionSchema, type ConditionDoc } from '../schemas/condition';
import { DEFAULT_MAX_GRADE, readingStats, type ReadingStats } from '../mdx/readability';
import type { TocEntry } from '../mdx/prose';
import { STATIC_ROUTES, conditionPath, guidePath, therapyPath } from '../site/paths';
import { citeTags, esmLines, markdownLinks, mdxSyntaxError, tagUses } from '../mdx/mdx-tags';
import {
  MDX_COMPONENT_NAMES,
  internalLinkProblem,
  isMdxComponentName,
  makeMdxPropSchemas,
  propExample,
} from '../schemas/mdx-tag-props';
import { ConfidenceSchema, claimProblems, quoteIndexOf, type QuoteIndex } from '../schemas/citation';
import { claimsOf, type Claim } from '../evidence/claims';
import {
  makeWarningSignsSchema,
  setsById,
  warningSignsProse,
  type WarningLibrary,
  type WarningSet,
} from '../schemas/warning-signs';

/** One thing wrong with one document, said so an editor can find and fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

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

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

const INTERNAL_FIELDS = new Set(['_id', '_raw', 'type', 'body', 'url', 'stats', 'headings']);

function frontmatterOf(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !INTERNAL_FIELDS.has(key)));
}

function fieldName(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, index) =>
        typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
      )
      .join('') || '(document)'
  );
}

function issuesToProblems(
  file: string,
  error: z.ZodError,
  prefix: PropertyKey[] = [],
): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldName([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

interface BodyContext {
  quotes: QuoteIndex;
  termIds: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  therapySlugs: ReadonlySet<string>;
  warningSetIds: ReadonlySet<string>;
}

const at = (line: number | undefined) => (line === undefined ? '' : ` (line ${line})`);

/**
 * Every component use in a body, read from its syntax tree and checked against the Zod schema of its
 * props; every internal link must be a page. One problem per mistake, naming component and prop.
 */
export function checkBody(file: string, body: string, ctx: BodyContext): ContentProblem[] {
  const syntax = mdxSyntaxError(body);
  if (syntax) {
    return [
      {
        file,
        field: 'body (MDX)',
        message: `cannot be read as MDX${at(syntax.line)}: ${syntax.message}. Close every tag, and write a comment as {/* … */}`,
      },
    ];
  }
  const schemas = makeMdxPropSchemas(ctx);
  const problems: ContentProblem[] = [];
  for (const line of esmLines(body)) {
    problems.push({
      file,
      field: 'body import/export',
      message: `is not allowed${at(line)}: use the components the site provides (${MDX_COMPONENT_NAMES.join(', ')})`,
    });
  }
  for (const use of tagUses(body)) {
    if (!isMdxComponentName(use.name)) {
      problems.push({
        file,
        field: `body <${use.name || '>'}>`,
        message: `is not a component this site knows${at(use.line)}: use one of ${MDX_COMPONENT_NAMES.join(', ')}, or fix the spelling`,
      });
      continue;
    }
    for (const prop of use.unreadable) {
      problems.push({
        file,
        field: `body <${use.name} ${prop}>`,
        message: `must be written out as plain text or a list${at(use.line)}, like prop="…" or prop={["…"]}`,
      });
    }
    const result = schemas[use.name].safeParse(use.props);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(schemas[use.name].shape).join(', ');
        for (const key of issue.keys) {
          problems.push({
            file,
            field: `body <${use.name} ${key}>`,
            message: `is not a prop of ${use.name}${at(use.line)}: use ${known}`,
          });
        }
        continue;
      }
      const [prop, ...rest] = issue.path;
      // An unreadable value is reported above; it is not also "missing".
      if (prop !== undefined && use.unreadable.includes(String(prop))) continue;
      const missing =
        issue.code !== 'custom' && prop !== undefined && use.props[String(prop)] === undefined;
      problems.push({
        file,
        field: `body <${use.name}${prop === undefined ? '' : ` ${String(prop)}`}>${rest.map((part) => `[${String(part)}]`).join('')}`,
        message: missing
          ? `is missing${at(use.line)}: ${use.name} needs ${String(prop)}${propExample(String(prop))}`
          : `${issue.message}${at(use.line)}`,
      });
    }
  }
  // Cites written side by side back one claim: it must not rest on low-confidence quotes alone.
  // (Each Cite's own source and quote were checked above, with its props.)
  const claims = new Map<number, { source: string; quote: string }[]>();
  for (const tag of citeTags(body)) {
    if (tag.quote === undefined) continue;
    claims.set(tag.claim, [
      ...(claims.get(tag.claim) ?? []),
      { source: tag.source, quote: tag.quote },
    ]);
  }
  for (const refs of claims.values()) {
    for (const { index, message } of claimProblems(refs, ctx.quotes)) {
      if (index !== undefined) continue;
      problems.push({
        file,
        field: 'body <Cite>',
        message: `the claim cited with ${refs.map((r) => `${r.source}/${r.quote}`).join(', ')} ${message}`,
      });
    }
  }
  for (const link of markdownLinks(body)) {
    const problem = internalLinkProblem(link.url, ctx.routes);
    if (problem) problems.push({ file, field: 'body link', message: `${problem}${at(link.line)}` });
  }
  return problems;
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

/** Checks every document against the schemas and against each other; returns all problems. */
export function validateContent(
  raw: RawContent,
  options: ValidationOptions = {},
): { ok: true; content: ValidContent } | { ok: false; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];

  const registry = SourceRegistrySchema.safeParse(raw.sources.data);
  if (!registry.success)
    problems.push(...issuesToProblems(raw.sources.file, registry.error, ['sources']));
  const sources = registry.success ? registry.data : [];

  const glossaryResult = GlossarySchema.safeParse(raw.glossary.data);
  if (!glossaryResult.success)
    problems.push(...issuesToProblems(raw.glossary.file, glossaryResult.error, ['terms']));
  const glossary = glossaryResult.success ? glossaryResult.data : [];

  // A registry with a mistake in one quote still resolves every other citation, so the editor
  // sees that one mistake rather than every citation in the site reported as unknown.
  const quotes = registry.success ? quoteIndexOf(sources) : looseQuoteIndex(raw.sources.data);
  const termIds = new Set(glossary.map((term) => term.id));
  for (const [index, term] of glossary.entries()) {
    for (const problem of claimProblems(term.sources ?? [], quotes)) {
      problems.push({
        file: raw.glossary.file,
        field: `terms[${index}].sources${problem.index === undefined ? '' : `[${problem.index}]`}`,
        message: problem.message,
      });
    }
  }
  for (const claim of options.extraClaims ?? []) {
    for (const problem of claimProblems(claim.refs, quotes)) {
      problems.push({
        file: claim.file,
        field: `${claim.field}${problem.index === undefined ? '' : `[${problem.index}]`}`,
        message: problem.message,
      });
    }
  }

  const warningSigns = validateWarningLibrary(raw.warningSigns, quotes, options, problems);
  const warningSetIds = new Set(warningSigns?.sets.map((entry) => entry.id) ?? []);

  const therapySchema = makeTherapySchema({ quotes, today: options.today });
  const therapies: ValidContent['therapies'] = [];
  for (const doc of raw.therapies) {
    const file = `content/${doc._raw.sourceFilePath}`;
    const result = therapySchema.safeParse(frontmatterOf(doc));
    if (result.success) therapies.push({ ...result.data, ...extrasOf(doc) });
    else problems.push(...issuesToProblems(file, result.error));
  }

  const therapySlugs = new Set(raw.therapies.map((doc) => String(doc.slug)));
  const guideSchema = makeGuideSchema({ quotes, therapySlugs, today: options.today });
  const guides: ValidContent['guides'] = [];
  for (const doc of raw.guides) {
    const file = `content/${doc._raw.sourceFilePath}`;
    const result = guideSchema.safeParse(frontmatterOf(doc));
    if (result.success) guides.push({ ...result.data, ...extrasOf(doc) });
    else problems.push(...issuesToProblems(file, result.error));
  }
  const orders = new Map<number, string>();
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

  const conditionSchema = makeConditionSchema({
    quotes,
    therapySlugs,
    warningSetIds,
    today: options.today,
  });
  const conditions: ValidContent['conditions'] = [];
  for (const doc of raw.conditions ?? []) {
    const file = `content/${doc._raw.sourceFilePath}`;
    const result = conditionSchema.safeParse(frontmatterOf(doc));
    if (!result.success) {
      problems.push(...issuesToProblems(file, result.error));
      continue;
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
    conditions.push({ ...result.data, file, url: doc.url, stats });
  }

  const routes = new Set<string>([
    ...STATIC_ROUTES,
    ...raw.therapies.map((doc) => therapyPath(String(doc.slug))),
    ...raw.guides.map((doc) => guidePath(String(doc.slug))),
    ...(raw.conditions ?? []).map((doc) => conditionPath(String(doc.slug))),
  ]);
  for (const doc of [...raw.therapies, ...raw.guides]) {
    const file = `content/${doc._raw.sourceFilePath}`;
    problems.push(
      ...checkBody(file, doc.body.raw, {
        quotes,
        termIds,
        routes,
        therapySlugs,
        warningSetIds,
      }),
    );
    problems.push(...checkReadingLevel(file, doc));
  }

  // Only once every document parsed: a broken file's citations would otherwise look unused.
  if (problems.length === 0) {
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
      extra: options.extraClaims,
    });
    const used = new Set([
      ...claims.flatMap((claim) => claim.refs.map((ref) => ref.source)),
      ...[...therapies, ...guides].flatMap((doc) => doc.furtherReading ?? []),
    ]);
    problems.push(...unusedSources(raw.sources.file, sources, used));
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    content: { therapies, guides, conditions, sources, glossary, warningSigns },
  };
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
