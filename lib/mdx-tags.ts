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

const CITE = /<Cite\b([^>]*?)\/?>/g;

function stringAttribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}=["']([^"']*)["']`).exec(attributes)?.[1];
}

/** MDX source text as a reader sees it: tags, link targets and emphasis marks removed. */
function plainText(mdx: string): string {
  return mdx
    .replace(/<[A-Z][^>]*>/g, '')
    .replace(/<\/[A-Z][A-Za-z]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The list items that follow a lead-in ending in a colon, joined as one statement. */
function listAfter(mdx: string, from: number): string {
  const rest = mdx.slice(from).replace(/^[^\n]*\n+/, '');
  const items: string[] = [];
  for (const line of rest.split('\n')) {
    if (!/^\s*(?:[-*]|\d+\.)\s+/.test(line)) break;
    items.push(plainText(line));
  }
  return items.join('; ');
}

/**
 * Every citation in an MDX body, in order. This is the one reader of `<Cite>` tags: the build,
 * the reference numbering and the statements listed on /sources all go through it.
 */
export function citeTags(mdxSource: string): CiteTag[] {
  const tags: CiteTag[] = [];
  let claim = -1;
  let previousEnd = -1;
  let statement = '';
  for (const match of mdxSource.matchAll(CITE)) {
    const start = match.index;
    const between = previousEnd === -1 ? 'x' : mdxSource.slice(previousEnd, start);
    if (between.trim() !== '') {
      claim += 1;
      // The statement runs from the start of its paragraph (or the previous claim) to the tag.
      const paragraphStart = mdxSource.lastIndexOf('\n\n', start) + 1;
      const text = plainText(mdxSource.slice(Math.max(paragraphStart, previousEnd), start));
      const end = start + match[0].length;
      statement = text.endsWith(':') ? `${text} ${listAfter(mdxSource, end)}`.trim() : text;
    }
    const attributes = match[1] ?? '';
    tags.push({
      source: stringAttribute(attributes, 'id') ?? '',
      quote: stringAttribute(attributes, 'quote'),
      claim,
      statement,
    });
    previousEnd = start + match[0].length;
  }
  return tags;
}

/** Source ids in the order an article first cites them: that order numbers its references. */
export function citationOrder(mdxSource: string): string[] {
  return [...new Set(citeTags(mdxSource).map((tag) => tag.source))];
}

/** What one `<ComparisonTable …>` in an MDX body asks for, read from its source text. */
export interface EmbeddedTable {
  /** The aspect keys it names, as written (unchecked); undefined when the attribute is missing. */
  aspects?: string[];
  /** The therapy slugs it names; undefined means every therapy. */
  therapies?: string[];
}

const COMPARISON_TABLE = /<ComparisonTable\b([^>]*)\/?>/g;

/** The quoted strings inside one `name={[...]}` attribute of a component tag. */
function listAttribute(attributes: string, name: string): string[] | undefined {
  const list = new RegExp(`\\b${name}=\\{\\s*\\[([^\\]]*)\\]\\s*\\}`).exec(attributes)?.[1];
  return list === undefined
    ? undefined
    : [...list.matchAll(/["']([^"']*)["']/g)].map((match) => match[1] ?? '');
}

/** Every comparison table an article embeds, so the build can check it and /sources can credit it. */
export function embeddedTables(mdxSource: string): EmbeddedTable[] {
  return [...mdxSource.matchAll(COMPARISON_TABLE)].map((match) => {
    const attributes = match[1] ?? '';
    return {
      aspects: listAttribute(attributes, 'aspects'),
      therapies: listAttribute(attributes, 'therapies'),
    };
  });
}
