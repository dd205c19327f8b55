'use client';

import type { ReactNode } from 'react';
import { useTerms } from '../mdx/use-terms';
import { EvidenceWordsContext, type EvidencePageWords } from './evidence-words';
import { useCitations } from './use-citations';
import { useSourcesSay } from './use-sources-say';

/**
 * The one client part behind every citation number, glossary term and "What the sources say"
 * fold of a page. They are server markup that works without JavaScript (links, and native
 * details/summary); this, mounted once around every page by app/layout.tsx, listens on the
 * document and opens them in place. So the page's React payload carries the words once, here,
 * not a copy of every number's props. It also hands those words to the few small client labels
 * inside tables and boxes (evidence-words.tsx) and to the print and share buttons.
 */
export function CitationController({
  words,
  children,
}: {
  words: EvidencePageWords;
  children: ReactNode;
}) {
  const citations = useCitations(words.cite);
  const folds = useSourcesSay(words.cite);
  useTerms();
  return (
    <EvidenceWordsContext value={words}>
      {children}
      {citations}
      {folds}
    </EvidenceWordsContext>
  );
}
