import { getSource } from '@/lib/content';

/** An in-text citation: a small number that jumps to the article's numbered reference list. */
export function Cite({ id, citations }: { id: string; citations: readonly string[] }) {
  const source = getSource(id);
  const number = citations.indexOf(id) + 1;
  if (!source || number === 0) {
    // The content checks stop the build before this can happen; fail loudly if it ever does.
    throw new Error(`<Cite id="${id}"> has no source in the registry`);
  }
  return (
    <sup className="cite">
      <a href={`#ref-${id}`} aria-label={`Source ${number}: ${source.title}, ${source.publisher}`}>
        [{number}]
      </a>
    </sup>
  );
}
