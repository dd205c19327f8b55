import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import GithubSlugger from 'github-slugger';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

export function parseMdx(source: string): Root {
  return parser.parse(source);
}

/** Blocks that read as a sentence or a line of their own. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Blocks of prose as one text, one block a line, each ending as a sentence, so readability
 * formulas see headings, list items and table cells as the short units they are. The one place
 * this is done: the build (from MDX source) and the browser test (from the rendered page) both
 * come through here, so they measure the same thing.
 */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .map((block) => (/[.!?:]$/.test(block) ? block : `${block}.`))
    .join('\n');
}

/** Elements whose words are someone else's: a quote (`<q>`, `<blockquote>`) or a title of a work. */
const NOT_OURS = new Set(['cite', 'q', 'blockquote']);

function notOurs(node: Nodes): boolean {
  return (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    NOT_OURS.has(node.name ?? '')
  );
}

/** A block's text without the words of quotes and titles inside it, as the rendered side reads it. */
function ownText(node: Nodes): string {
  if (notOurs(node)) return '';
  if ('children' in node) return node.children.map((child) => ownText(child as Nodes)).join('');
  return toString(node, { includeImageAlt: false });
}

/**
 * The blocks a reader reads in an MDX body. JSX attributes and code are not prose and are left
 * out; so are quotes (`>` blockquotes, `<q>`, `<blockquote>`), which are a source's words, not
 * ours, and titles of works and publishers' names (`<cite>`).
 */
export function proseBlocksOf(source: string): string[] {
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (
      node.type === 'code' ||
      node.type === 'mdxjsEsm' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'blockquote' ||
      notOurs(node)
    )
      return;
    if (BLOCKS.has(node.type)) {
      const text = ownText(node).replace(/\s+/g, ' ').trim();
      if (text.length > 0) blocks.push(text);
      return;
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(parseMdx(source));
  return blocks;
}

/** The words a reader reads, as one text (see joinBlocks). */
export function proseOf(source: string): string {
  return joinBlocks(proseBlocksOf(source));
}

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** Level-2 and level-3 headings with the ids `rehype-slug` gives them on the page. */
export function headingsOf(source: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const entries: TocEntry[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const text = toString(heading).trim();
      const id = slugger.slug(text);
      if (heading.depth === 2 || heading.depth === 3)
        entries.push({ depth: heading.depth, text, id });
      return;
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(parseMdx(source));
  return entries;
}
