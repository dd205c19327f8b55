import type { z } from 'zod';
import { GlossarySchema, type GlossaryTerm } from './schemas/glossary';
import { makeGuideSchema, type GuideDoc } from './schemas/guide';
import { SourceRegistrySchema, type Source } from './schemas/source';
import { makeTherapySchema, type TherapyDoc } from './schemas/therapy';
import { makeConditionSchema, type ConditionDoc } from './schemas/condition';
import { quoteIndexOf } from './schemas/citation';
import { DEFAULT_MAX_GRADE, readingStats, type ReadingStats } from './readability';
import type { TocEntry } from './prose';
import { STATIC_ROUTES, conditionPath, guidePath, therapyPath } from './routes';
import { ASPECT_KEYS, isAspectKey } from './aspects';
import { citationOrder, embeddedTables } from './mdx-tags';

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

/** Components and links in an article body that must point at something that exists. */
const TERM = /<Term\s+id=["']([^"']+)["']/g;
const MARKDOWN_LINK = /\]\((\/[^)\s#?]*)/g;
const HREF = /href=["'](\/[^"'#?]*)/g;

function* matches(source: string, pattern: RegExp): Generator<string> {
  for (const match of source.matchAll(pattern)) if (match[1] !== undefined) yield match[1];
}

interface BodyContext {
  sourceIds: ReadonlySet<string>;
  termIds: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  therapySlugs: ReadonlySet<string>;
}

export function checkBody(file: string, body: string, ctx: BodyContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const id of citationOrder(body)) {
    if (!ctx.sourceIds.has(id)) {
      problems.push({
        file,
        field: 'body <Cite>',
        message: `unknown source id "${id}": add it to content/sources.json or fix the spelling`,
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

  const sourceIds = new Set(sources.map((source) => source.id));
  const termIds = new Set(glossary.map((term) => term.id));
  for (const [index, term] of glossary.entries()) {
    for (const [sourceIndex, id] of (term.sources ?? []).entries()) {
      if (!sourceIds.has(id)) {
        problems.push({
          file: raw.glossary.file,
          field: `terms[${index}].sources[${sourceIndex}]`,
          message: `unknown source id "${id}"`,
        });
      }
    }
  }

  const quotes = quoteIndexOf(sources);
  const therapySchema = makeTherapySchema({ sourceIds, quotes, today: options.today });
  const therapies: ValidContent['therapies'] = [];
  for (const doc of raw.therapies) {
    const file = `content/${doc._raw.sourceFilePath}`;
    const result = therapySchema.safeParse(frontmatterOf(doc));
    if (result.success) therapies.push({ ...result.data, ...extrasOf(doc) });
    else problems.push(...issuesToProblems(file, result.error));
  }

  const therapySlugs = new Set(raw.therapies.map((doc) => String(doc.slug)));
  const guideSchema = makeGuideSchema({ sourceIds, quotes, therapySlugs, today: options.today });
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

  const conditionSchema = makeConditionSchema({ quotes, therapySlugs, today: options.today });
  const conditions: ValidContent['conditions'] = [];
  for (const doc of raw.conditions ?? []) {
    const file = `content/${doc._raw.sourceFilePath}`;
    const result = conditionSchema.safeParse(frontmatterOf(doc));
    if (!result.success) {
      problems.push(...issuesToProblems(file, result.error));
      continue;
    }
    const stats = readingStats(conditionProse(result.data));
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
    problems.push(...checkBody(file, doc.body.raw, { sourceIds, termIds, routes, therapySlugs }));
    problems.push(...checkReadingLevel(file, doc));
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, content: { therapies, guides, conditions, sources, glossary } };
}

/** Every sentence a condition page shows, as prose for the reading-grade check. */
export function conditionProse(condition: ConditionDoc): string {
  const sentences = [
    condition.summary,
    ...condition.redFlags.flatMap((flag) => [
      flag.title + '.',
      flag.text,
      ...flag.signs.map((sign) => `${sign}.`),
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
