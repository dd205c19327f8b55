import type { ReactNode } from 'react';
import { getTerm } from '@/lib/content/store';
import { glossaryAnchor } from '@/lib/site/paths';
import { TermPopover } from './term-popover';

/**
 * A hard word linked to its plain definition in the glossary, with the definition shown in place
 * on hover, focus and tap, and announced as the link's description.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const term = getTerm(id);
  // The content checks stop the build before this can happen; fail loudly if it ever does.
  if (!term) throw new Error(`<Term id="${id}"> is not in the glossary`);
  return (
    <TermPopover href={glossaryAnchor(id)} term={term.term} definition={term.definition}>
      {children}
    </TermPopover>
  );
}
