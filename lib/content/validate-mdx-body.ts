import { citeTags, esmLines, markdownLinks, mdxSyntaxError, tagUses } from '../mdx/mdx-tags';
import {
  MDX_COMPONENT_NAMES,
  internalLinkProblem,
  isMdxComponentName,
  makeMdxPropSchemas,
  propExample,
} from '../schemas/mdx-tag-props';
import { claimProblems, type QuoteIndex } from '../schemas/citation';
import type { ContentProblem } from './content-problem';

export interface BodyContext {
  quotes: QuoteIndex;
  termIds: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  therapySlugs: ReadonlySet<string>;
}

const at = (line: number | undefined) => (line === undefined ? '' : ` (line ${line})`);

/**
 * Cites written side by side back one claim: it must not rest on low-confidence quotes alone.
 * (Each Cite's own source and quote are checked with its props, in checkBody.)
 */
function citedClaimProblems(
  file: string,
  body: string,
  quotes: BodyContext['quotes'],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claims = new Map<number, { source: string; quote: string }[]>();
  for (const tag of citeTags(body)) {
    if (tag.quote === undefined) continue;
    claims.set(tag.claim, [
      ...(claims.get(tag.claim) ?? []),
      { source: tag.source, quote: tag.quote },
    ]);
  }
  for (const refs of claims.values()) {
    for (const { index, message } of claimProblems(refs, quotes)) {
      if (index !== undefined) continue;
      problems.push({
        file,
        field: 'body <Cite>',
        message: `the claim cited with ${refs.map((r) => `${r.source}/${r.quote}`).join(', ')} ${message}`,
      });
    }
  }
  return problems;
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
  problems.push(...citedClaimProblems(file, body, ctx.quotes));
  for (const link of markdownLinks(body)) {
    const problem = internalLinkProblem(link.url, ctx.routes);
    if (problem) problems.push({ file, field: 'body link', message: `${problem}${at(link.line)}` });
  }
  return problems;
}

