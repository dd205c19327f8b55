import { z } from 'zod';
import { GlossarySchema, type GlossaryTerm } from './schemas/glossary';
import { makeGuideSchema, type GuideDoc } from './schemas/guide';
import { SourceRegistrySchema, type Source } from './schemas/source';
import { makeTherapySchema, type TherapyDoc } from './schemas/therapy';
import { DEFAULT_MAX_GRADE, type ReadingStats } from './readability';
import type { TocEntry } from './prose';
import { STATIC_ROUTES, guidePath, therapyPath } from './routes';
import { ASPECT_KEYS, isAspectKey } from './aspects';
import { citeTags, embeddedTables } from './mdx-tags';
import { ConfidenceSchema, claimProblems, quoteIndexOf, type QuoteIndex } from './schemas/citation';
import { claimsOf, type Claim } from './claims';

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

export interface RawContent {
  therapies: RawArticle[];
  guides: RawArticle[];
  sources: { file: string; data: unknown };
  glossary: { file: string; data: unknown };
}

export interface ValidContent {
  therapies: (TherapyDoc & ArticleExtras)[];
  guides: (GuideDoc & ArticleExtras)[];
  sources: Source[];
  glossary: GlossaryTerm[];
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

function frontmatterOf(doc: RawArticle): Record<string, unknown> {
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

/** Components and links in an article body that must point at something that exists. */
const TERM = /<Term\s+id=["']([^"']+)["']/g;
const MARKDOWN_LINK = /\]\((\/[^)\s#?]*)/g;
const HREF = /href=["'](\/[^"'#?]*)/g;

function* matches(source: string, pattern: RegExp): Generator<string> {
  for (const match of source.matchAll(pattern)) if (match[1] !== undefined) yield match[1];
}

interface BodyContext {
  quotes: QuoteIndex;
  termIds: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  therapySlugs: ReadonlySet<string>;
}

export function checkBody(file: string, body: string, ctx: BodyContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claims = new Map<number, { source: string; quote: string }[]>();
  for (const tag of citeTags(body)) {
    const field = `body <Cite id="${tag.source}">`;
    if (tag.quote === undefined) {
      const known = [...(ctx.quotes.get(tag.source)?.keys() ?? [])];
      problems.push({
        file,
        field,
        message: `has no quote: write <Cite id="${tag.source}" quote="…" /> naming the words that back the sentence${
          known.length ? ` (its quotes: ${known.join(', ')})` : ''
        }`,
      });
      continue;
    }
    claims.set(tag.claim, [
      ...(claims.get(tag.claim) ?? []),
      { source: tag.source, quote: tag.quote },
    ]);
  }
  for (const refs of claims.values()) {
    for (const { index, message } of claimProblems(refs, ctx.quotes)) {
      const ref = refs[index ?? 0];
      problems.push({
        file,
        field:
          index === undefined
            ? 'body <Cite>'
            : `body <Cite id="${ref?.source}" quote="${ref?.quote}">`,
        message:
          index === undefined
            ? `the claim cited with ${refs.map((r) => `${r.source}/${r.quote}`).join(', ')} ${message}`
            : message,
      });
    }
  }
  for (const id of matches(body, TERM)) {
    if (!ctx.termIds.has(id)) {
      problems.push({
        file,
        field: 'body <Term>',
        message: `unknown glossary term "${id}": add it to content/glossary.json or fix the spelling`,
      });
    }
  }
  for (const table of embeddedTables(body)) {
    const { aspects } = table;
    if (!aspects || aspects.length === 0) {
      problems.push({
        file,
        field: 'body <ComparisonTable>',
        message: 'needs aspects={["origin", …]} with at least one aspect',
      });
    }
    for (const key of aspects ?? []) {
      if (!isAspectKey(key)) {
        problems.push({
          file,
          field: 'body <ComparisonTable>',
          message: `unknown aspect "${key}": use one of ${ASPECT_KEYS.join(', ')}`,
        });
      }
    }
    for (const slug of table.therapies ?? []) {
      if (!ctx.therapySlugs.has(slug)) {
        problems.push({
          file,
          field: 'body <ComparisonTable>',
          message: `unknown therapy "${slug}": it must match a file in content/therapies/`,
        });
      }
    }
  }
  for (const pattern of [MARKDOWN_LINK, HREF]) {
    for (const href of matches(body, pattern)) {
      const path = href.length > 1 ? href.replace(/\/$/, '') : href;
      if (!ctx.routes.has(path)) {
        problems.push({
          file,
          field: 'body link',
          message: `links to "${href}", which is not a page on this site`,
        });
      }
    }
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
  /** Today as YYYY-MM-DD; tests pass a fixed date. */
  today: string;
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

/** Checks every document against the schemas and against each other; returns all problems. */
export function validateContent(
  raw: RawContent,
  options: ValidationOptions,
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

  const routes = new Set<string>([
    ...STATIC_ROUTES,
    ...raw.therapies.map((doc) => therapyPath(String(doc.slug))),
    ...raw.guides.map((doc) => guidePath(String(doc.slug))),
  ]);
  for (const doc of [...raw.therapies, ...raw.guides]) {
    const file = `content/${doc._raw.sourceFilePath}`;
    problems.push(...checkBody(file, doc.body.raw, { quotes, termIds, routes, therapySlugs }));
    problems.push(...checkReadingLevel(file, doc));
  }

  // Only once every document parsed: a broken file's citations would otherwise look unused.
  if (problems.length === 0) {
    const claims = claimsOf({
      therapies,
      guides,
      glossary,
      glossaryFile: raw.glossary.file,
      extra: options.extraClaims,
    });
    const used = new Set([
      ...claims.flatMap((claim) => claim.refs.map((ref) => ref.source)),
      ...[...therapies, ...guides].flatMap((doc) => doc.furtherReading ?? []),
    ]);
    problems.push(...unusedSources(raw.sources.file, sources, used));
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, content: { therapies, guides, sources, glossary } };
}
