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

/**
 * The reason and line of a parse failure. MDX's unclosed-tag errors carry their position only in
 * the message ("… (3:1-3:24)"), not in `line`, so that is where the line is read from then.
 */
function syntaxErrorOf(error: unknown): MdxSyntaxError {
  const place = error as { message?: string; line?: number | null; reason?: string };
  const text = place.reason ?? place.message ?? String(error);
  const written = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(text);
  return {
    message: written ? text.slice(0, written.index) : text,
    line: typeof place.line === 'number' ? place.line : written ? Number(written[1]) : undefined,
  };
}

const cache = new Map<string, { tree: Root } | { error: MdxSyntaxError }>();

function parsed(mdxSource: string): { tree: Root } | { error: MdxSyntaxError } {
  let entry = cache.get(mdxSource);
  if (!entry) {
    try {
      entry = { tree: parseMdx(mdxSource) };
    } catch (error) {
      entry = { error: syntaxErrorOf(error) };
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

/** One `<Cite id="…" quote="…" />` in an MDX body, with the claim it belongs to. */
export interface CiteTag {
  source: string;
  /** The quote id as written; undefined when the tag leaves it out (an error the build reports). */
  quote?: string;
  /** Cites written next to each other (only spaces between) back one claim and share this number. */
  claim: number;
  /** The words the citation follows, as plain text: the statement that rests on the quote. */
  statement: string;
}

type Token = { text: string } | { cite: JsxElement };

/** A block's inline content as text and citations, in reading order; comments are not text. */
function tokensOf(node: Nodes): Token[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return [{ text: node.value }];
    case 'break':
      return [{ text: ' ' }];
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      if (node.name === 'Cite') return [{ cite: node }];
      return node.children.flatMap((child) => tokensOf(child as Nodes));
    default:
      return 'children' in node && node.type !== 'list'
        ? node.children.flatMap((child) => tokensOf(child as Nodes))
        : [];
  }
}

const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The items of a list as one line of text, for a lead-in that ends in a colon. */
function listText(list: Nodes): string {
  return 'children' in list
    ? list.children.map((item) => plain(textOf(item as Nodes))).join('; ')
    : '';
}

function textOf(node: Nodes): string {
  return tokensOf(node)
    .map((token) => ('text' in token ? token.text : ''))
    .join('');
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

const isCite = (node: Nodes): node is JsxElement =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Cite';

/**
 * Every citation in an MDX body, in order, read from the syntax tree. This is the one reader of
 * `<Cite>` tags: the build, the reference numbering and the statements on /sources all use it.
 * A claim is the text of its paragraph (or table cell) since the previous claim's citations.
 */
export function citeTags(mdxSource: string): CiteTag[] {
  const entry = parsed(mdxSource);
  if (!('tree' in entry)) return [];
  const tags: CiteTag[] = [];
  let claim = -1;
  let previousSibling: Nodes | undefined;
  const visit = (node: Nodes, next: Nodes | undefined) => {
    if (BLOCKS.has(node.type)) {
      let buffer = '';
      let open = false;
      let statement = '';
      for (const token of tokensOf(node)) {
        if ('text' in token) {
          buffer += token.text;
          if (token.text.trim() !== '') open = false;
          continue;
        }
        if (!open) {
          claim += 1;
          open = true;
          statement = plain(buffer);
          if (statement.endsWith(':') && next?.type === 'list') {
            statement = `${statement} ${listText(next)}`.trim();
          }
          buffer = '';
        }
        const { id, quote } = tagUseOf(token.cite).props;
        tags.push({
          source: typeof id === 'string' ? id : '',
          quote: typeof quote === 'string' ? quote : undefined,
          claim,
          statement,
        });
      }
      return;
    }
    if (isCite(node)) {
      // A citation on a line of its own stands outside any paragraph: it backs no written words.
      const previous = tags.at(-1);
      const joined =
        previous !== undefined && previousSibling !== undefined && isCite(previousSibling);
      if (!joined) claim += 1;
      const { id, quote } = tagUseOf(node).props;
      tags.push({
        source: typeof id === 'string' ? id : '',
        quote: typeof quote === 'string' ? quote : undefined,
        claim,
        statement: joined ? previous.statement : '',
      });
      return;
    }
    if ('children' in node) {
      const children = (node.children as Nodes[]).filter(
        (child) => !(child.type === 'text' && child.value.trim() === ''),
      );
      children.forEach((child, index) => {
        previousSibling = children[index - 1];
        visit(child, children[index + 1]);
      });
    }
  };
  visit(entry.tree, undefined);
  return tags;
}

/** Source ids in the order an article first cites them: that order numbers its references. */
export function citationOrder(mdxSource: string): string[] {
  return [...new Set(citeTags(mdxSource).map((tag) => tag.source))];
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
