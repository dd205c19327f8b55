import {
  citeTags,
  esmLines,
  markdownLinks,
  mdxSyntaxError,
  tagUses,
  type TagUse,
} from '../mdx/mdx-tags';
import {
  MDX_COMPONENT_NAMES,
  internalLinkProblem,
  isMdxComponentName,
  makeMdxPropSchemas,
  propExample,
} from '../schemas/mdx-tag-props';
import { claimProblems, type QuoteIndex } from '../schemas/citation';
import type { ContentProblem } from './content-error';

/** What a body's components and links are checked against: the rest of the content. */
export interface BodyContext {
  quotes: QuoteIndex;
  termIds: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  therapySlugs: ReadonlySet<string>;
  warningSetIds: ReadonlySet<string>;
}

type PropSchemas = ReturnType<typeof makeMdxPropSchemas>;

const at = (line: number | undefined) => (line === undefined ? '' : ` (line ${line})`);

/** One component use: a known name, readable props, and props its schema accepts. */
function tagProblems(file: string, use: TagUse, schemas: PropSchemas): ContentProblem[] {
  if (!isMdxComponentName(use.name)) {
    return [
      {
        file,
        field: `body <${use.name || '>'}>`,
        message: `is not a component this site knows${at(use.line)}: use one of ${MDX_COMPONENT_NAMES.join(', ')}, or fix the spelling`,
      },
    ];
  }
  const problems: ContentProblem[] = use.unreadable.map((prop) => ({
    file,
    field: `body <${use.name} ${prop}>`,
    message: `must be written out as plain text or a list${at(use.line)}, like prop="…" or prop={["…"]}`,
  }));
  const schema = schemas[use.name];
  const result = schema.safeParse(use.props);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(schema.shape).join(', ');
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
  return problems;
}

// Cites written side by side back one claim: it must not rest on low-confidence quotes alone.
// (Each Cite's own source and quote are checked with its props.)
function citedClaimProblems(file: string, body: string, quotes: QuoteIndex): ContentProblem[] {
  const claims = new Map<number, { source: string; quote: string }[]>();
  for (const tag of citeTags(body)) {
    if (tag.quote === undefined) continue;
    claims.set(tag.claim, [
      ...(claims.get(tag.claim) ?? []),
      { source: tag.source, quote: tag.quote },
    ]);
  }
  return [...claims.values()].flatMap((refs) =>
    claimProblems(refs, quotes)
      .filter((problem) => problem.index === undefined)
      .map(({ message }) => ({
        file,
        field: 'body <Cite>',
        message: `the claim cited with ${refs.map((r) => `${r.source}/${r.quote}`).join(', ')} ${message}`,
      })),
  );
}

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
  return [
    ...esmLines(body).map((line) => ({
      file,
      field: 'body import/export',
      message: `is not allowed${at(line)}: use the components the site provides (${MDX_COMPONENT_NAMES.join(', ')})`,
    })),
    ...tagUses(body).flatMap((use) => tagProblems(file, use, schemas)),
    ...citedClaimProblems(file, body, ctx.quotes),
    ...markdownLinks(body).flatMap((link) => {
      const problem = internalLinkProblem(link.url, ctx.routes);
      return problem ? [{ file, field: 'body link', message: `${problem}${at(link.line)}` }] : [];
    }),
  ];
}
