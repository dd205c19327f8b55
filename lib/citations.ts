const CITE = /<Cite\s+id=["']([^"']+)["']/g;

/** Source ids in the order an article first cites them: that order numbers its references. */
export function citationOrder(mdxSource: string): string[] {
  const ids: string[] = [];
  for (const match of mdxSource.matchAll(CITE)) {
    const id = match[1];
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
