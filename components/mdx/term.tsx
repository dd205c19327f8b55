import type { ReactNode } from 'react';
import { glossaryAnchor } from '@/lib/site/paths';
import { TermPopover } from './term-popover';

/** A glossary entry as a term needs it. */
export interface TermWords {
  term: string;
  definition: string;
}

/**
 * A hard word linked to its plain definition in the glossary, with the definition shown in place
 * on hover, focus and tap, and announced as the link's description.
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
  // The content checks stop the build before this can happen; fail loudly if it ever does.
  if (!entry) throw new Error(`<Term id="${id}"> is not in the glossary`);
  return (
    <TermPopover href={glossaryAnchor(id)} term={entry.term} definition={entry.definition}>
      {children}
    </TermPopover>
  );
}
