import type { Expression, Program } from 'estree';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseMdx } from './prose';

/**
 * Reads an MDX body as a syntax tree (remark-mdx), never with regular expressions: a tag inside a
 * code block or a `{/* comment *\/}` is not a tag, and every prop value is read the way MDX reads it.
 */

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** One component use in a body: its name, its props as plain values, where it is. */
export interface TagUse {
  name: string;
  props: Record<string, unknown>;
  /** Props whose value is not plain data (a variable, a function call…): MDX cannot check them. */
  unreadable: string[];
  line: number | undefined;
}

/** What went wrong reading a body, or undefined when it parsed. */
export interface MdxSyntaxError {
  message: string;
  line: number | undefined;
}

/** A written value (string, number, list, object) out of a prop expression; undefined otherwise. */
function literalOf(node: Expression): { value: unknown } | undefined {
  switch (node.type) {
    case 'Literal':
      return 'regex' in node || 'bigint' in node ? undefined : { value: node.value };
    case 'TemplateLiteral':
      return node.expressions.length === 0
        ? { value: node.quasis.map((quasi) => quasi.value.cooked ?? '').join('') }
        : undefined;
    case 'UnaryExpression': {
      const inner = node.operator === '-' ? literalOf(node.argument) : undefined;
      return typeof inner?.value === 'number' ? { value: -inner.value } : undefined;
    }
    case 'ArrayExpression': {
      const items: unknown[] = [];
      for (const element of node.elements) {
        if (!element || element.type === 'SpreadElement') return undefined;
        const item = literalOf(element);
        if (!item) return undefined;
        items.push(item.value);
      }
      return { value: items };
    }
    case 'ObjectExpression': {
      const entries: [string, unknown][] = [];
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init')
          return undefined;
        const key =
          property.key.type === 'Identifier'
            ? property.key.name
            : property.key.type === 'Literal'
              ? String(property.key.value)
              : undefined;
        const value = literalOf(property.value as Expression);
        if (key === undefined || !value) return undefined;
        entries.push([key, value.value]);
      }
      return { value: Object.fromEntries(entries) };
    }
    default:
      return undefined;
  }
}

function expressionOf(program: Program | null | undefined): Expression | undefined {
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

function tagUseOf(node: JsxElement): TagUse {
  const props: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      unreadable.push(`{${attribute.value}}`);
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else {
      const expression = expressionOf(value.data?.estree);
      const literal = expression && literalOf(expression);
      if (literal) props[name] = literal.value;
      else unreadable.push(name);
    }
  }
  return { name: node.name ?? '', props, unreadable, line: node.position?.start.line };
}

function collect(tree: Root): TagUse[] {
  const uses: TagUse[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      uses.push(tagUseOf(node));
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  return uses;
}

const cache = new Map<string, { tree: Root } | { error: MdxSyntaxError }>();

function parsed(mdxSource: string): { tree: Root } | { error: MdxSyntaxError } {
  let entry = cache.get(mdxSource);
  if (!entry) {
    try {
      entry = { tree: parseMdx(mdxSource) };
    } catch (error) {
      const place = error as { message?: string; line?: number; reason?: string };
      entry = {
        error: { message: place.reason ?? place.message ?? String(error), line: place.line },
      };
    }
    cache.set(mdxSource, entry);
  }
  return entry;
}

/** Why a body cannot be read as MDX, or undefined when it can. */
export function mdxSyntaxError(mdxSource: string): MdxSyntaxError | undefined {
  const entry = parsed(mdxSource);
  return 'error' in entry ? entry.error : undefined;
}

/** Every component (and JSX element) a body uses, in document order; none when it cannot parse. */
export function tagUses(mdxSource: string): TagUse[] {
  const entry = parsed(mdxSource);
  return 'tree' in entry ? collect(entry.tree) : [];
}

/** Every link target written in Markdown (`[text](/path)`, `[ref]: /path`), in document order. */
export function markdownLinks(mdxSource: string): { url: string; line: number | undefined }[] {
  const entry = parsed(mdxSource);
  if (!('tree' in entry)) return [];
  const links: { url: string; line: number | undefined }[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, line: node.position?.start.line });
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(entry.tree);
  return links;
}

/** Source ids in the order an article first cites them: that order numbers its references. */
export function citationOrder(mdxSource: string): string[] {
  const ids = tagUses(mdxSource)
    .filter((use) => use.name === 'Cite' && typeof use.props.id === 'string')
    .map((use) => use.props.id as string);
  return [...new Set(ids)];
}

/** What one `<ComparisonTable …>` in an MDX body asks for. */
export interface EmbeddedTable {
  /** The aspect keys it names, as written (unchecked); undefined when the prop is missing. */
  aspects?: string[];
  /** The therapy slugs it names; undefined means every therapy. */
  therapies?: string[];
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : undefined;

/** Every comparison table an article embeds, so the build can check it and /sources can credit it. */
export function embeddedTables(mdxSource: string): EmbeddedTable[] {
  return tagUses(mdxSource)
    .filter((use) => use.name === 'ComparisonTable')
    .map((use) => {
      const aspects = stringList(use.props.aspects);
      const therapies = stringList(use.props.therapies);
      return { ...(aspects ? { aspects } : {}), ...(therapies ? { therapies } : {}) };
    });
}

/** Lines of `import`/`export` statements: articles use the site's one component map, never their own. */
export function esmLines(mdxSource: string): (number | undefined)[] {
  const entry = parsed(mdxSource);
  if (!('tree' in entry)) return [];
  return entry.tree.children
    .filter((node) => node.type === 'mdxjsEsm')
    .map((node) => node.position?.start.line);
}
