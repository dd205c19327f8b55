const CITE = /<Cite\s+id=["']([^"']+)["']/g;

/** Source ids in the order an article first cites them: that order numbers its references. */
export function citationOrder(mdxSource: string): string[] {
  const ids = [...mdxSource.matchAll(CITE)].map((match) => match[1] ?? '');
  return [...new Set(ids)];
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
