import type { ReactNode } from 'react';
import { getTerm } from '@/lib/content';
import { glossaryAnchor } from '@/lib/routes';

/** A hard word linked to its plain definition in the glossary. */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const term = getTerm(id);
  if (!term) throw new Error(`<Term id="${id}"> is not in the glossary`);
  return (
    <a href={glossaryAnchor(id)} className="term" title={term.definition}>
      {children}
    </a>
  );
}
