'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { EvidenceText } from '@/lib/schemas/text/evidence-text';

const EvidenceWordsContext = createContext<EvidenceText | null>(null);

/**
 * Hands the citation words (content/site-text.yaml, `evidence:`) to the citation numbers and folds
 * below it. The root layout loads them once; tables and boxes that show citations are rendered by
 * many routes, and this spares each of them threading the same words through every level.
 */
export function EvidenceWordsProvider({
  words,
  children,
}: {
  words: EvidenceText;
  children: ReactNode;
}) {
  return <EvidenceWordsContext value={words}>{children}</EvidenceWordsContext>;
}

/** The provider's words; asking outside it is a wiring mistake, so it fails loudly. */
export function useEvidenceWords(): EvidenceText {
  const words = useContext(EvidenceWordsContext);
  if (!words) {
    throw new Error(
      'Citation or page-tool words were asked for outside <EvidenceWordsProvider>: app/layout.tsx wraps every page in it',
    );
  }
  return words;
}

/** The heading of a printed table's source list, in the provider's words. */
export function PrintedSourcesHeading() {
  return <>{useEvidenceWords().printedSources.heading}</>;
}

/** "Source:" or "Sources:" before a line of source links, in the provider's words. */
export function SourceLinksLead({ many }: { many: boolean }) {
  const words = useEvidenceWords().sourceLinks;
  return <>{many ? words.many : words.one}</>;
}
