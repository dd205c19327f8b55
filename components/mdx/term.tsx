import { useId, type ReactNode } from 'react';
import { glossaryAnchor } from '@/lib/site/paths';

/** A glossary entry as a term needs it. */
export interface TermWords {
  term: string;
  definition: string;
}

/**
 * A hard word linked to its plain definition in the glossary, with the definition shown in place
 * on hover and keyboard focus (CSS alone), and announced as the link's description. Plain server
 * markup: a first tap on a touch screen and Escape are handled once for every term on the page
 * by the CitationController (use-terms.ts), so a term sends nothing to the browser but itself.
 */
export function Term({
  id,
  entry,
  children,
}: {
  id: string;
  /** The glossary entry for `id`, from the page's loader. */
  entry: TermWords | undefined;
  children: ReactNode;
}) {
  const tipId = useId();
  // The content checks stop the build before this can happen; fail loudly if it ever does.
  if (!entry) throw new Error(`<Term id="${id}"> is not in the glossary`);
  return (
    <span className="term">
      <a href={glossaryAnchor(id)} className="term-link" aria-describedby={tipId}>
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip">
        <span className="term-tip-name">{`${entry.term}:`}</span> {entry.definition}
      </span>
    </span>
  );
}
