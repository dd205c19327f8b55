import { z } from 'zod';
import { makePageSchema, type PageDoc } from '../schemas/page';
import { DEFAULT_MAX_GRADE } from '../mdx/readability';
import { quoteIndexOf } from '../schemas/citation';
import { STATIC_ROUTES, conditionPath, guidePath, therapyPath } from '../site/paths';
import {
  checkBody,
  type ArticleExtras,
  type ContentProblem,
  type RawArticle,
  type ValidContent,
  type ValidationOptions,
} from './validate-content';

export type SitePage = PageDoc & ArticleExtras;

const INTERNAL_FIELDS = new Set(['_id', '_raw', 'type', 'body', 'url', 'stats', 'headings']);

const problemsOf = (file: string, error: z.ZodError): ContentProblem[] =>
  error.issues.map((issue) => ({
    file,
    field:
      issue.path
        .map((part, index) =>
          typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
        )
        .join('') || '(document)',
    message: issue.message,
  }));

/**
 * Checks the site's own pages (content/pages/*.mdx) by the rules every article meets: frontmatter
 * and review dates, every component and link in the body, and the reading grade. `content` is the
 * rest of the content, already valid, which the body may link to and cite.
 */
export function validatePages(
  docs: readonly RawArticle[],
  content: Pick<ValidContent, 'therapies' | 'guides' | 'conditions' | 'sources' | 'glossary'> & {
    warningSetIds: ReadonlySet<string>;
  },
  options: Pick<ValidationOptions, 'today'> = {},
): { ok: true; pages: SitePage[] } | { ok: false; problems: ContentProblem[] } {
  const schema = makePageSchema({ today: options.today });
  const context = {
    quotes: quoteIndexOf(content.sources),
    termIds: new Set(content.glossary.map((term) => term.id)),
    therapySlugs: new Set(content.therapies.map((therapy) => therapy.slug)),
    warningSetIds: content.warningSetIds,
    routes: new Set<string>([
      ...STATIC_ROUTES,
      ...content.therapies.map((doc) => therapyPath(doc.slug)),
      ...content.guides.map((doc) => guidePath(doc.slug)),
      ...content.conditions.map((doc) => conditionPath(doc.slug)),
    ]),
  };
  const problems: ContentProblem[] = [];
  const pages: SitePage[] = [];
  for (const doc of docs) {
    const file = `content/${doc._raw.sourceFilePath}`;
    const frontmatter = Object.fromEntries(
      Object.entries(doc).filter(([key]) => !INTERNAL_FIELDS.has(key)),
    );
    const result = schema.safeParse(frontmatter);
    problems.push(...checkBody(file, doc.body.raw, context));
    if (!result.success) {
      problems.push(...problemsOf(file, result.error));
      continue;
    }
    const ceiling = result.data.readingLevel?.maxGrade ?? DEFAULT_MAX_GRADE;
    if (doc.stats.grade > ceiling) {
      problems.push({
        file,
        field: 'body (reading level)',
        message: `reads at grade ${doc.stats.grade}, above the ceiling of ${ceiling}: use shorter sentences and plainer words`,
      });
    }
    pages.push({
      ...result.data,
      file,
      url: doc.url,
      raw: doc.body.raw,
      code: doc.body.code,
      stats: doc.stats,
      headings: doc.headings,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pages };
}
