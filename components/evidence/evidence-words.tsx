'use client';

import { createContext, useContext } from 'react';
import type { EvidenceText } from '@/lib/schemas/text/evidence-text';

/**
 * The words the page's client parts need (content/site-text.yaml, `evidence:`): the citation
 * numbers and folds, the few labels of tables and boxes that many routes render, and the print
 * and share buttons. app/layout.tsx loads them once and hands them to the CitationController.
 */
export type EvidencePageWords = Pick<
  EvidenceText,
  'cite' | 'sourcesSay' | 'printedSources' | 'sourceLinks' | 'pageTools'
>;

export const EvidenceWordsContext = createContext<EvidencePageWords | null>(null);

/** The controller's words; asking outside it is a wiring mistake, so it fails loudly. */
export function useEvidenceWords(): EvidencePageWords {
  const words = useContext(EvidenceWordsContext);
  if (!words) {
    throw new Error(
      'Citation or page-tool words were asked for outside <CitationController>: app/layout.tsx wraps every page in it',
    );
  }
  return words;
}

/** The heading of a printed table's source list. */
export function PrintedSourcesHeading() {
  return <>{useEvidenceWords().printedSources.heading}</>;
}

/** "Source:" or "Sources:" before a line of source links. */
export function SourceLinksLead({ many }: { many: boolean }) {
  const words = useEvidenceWords().sourceLinks;
  return <>{many ? words.many : words.one}</>;
}

/** The summary of a "What the sources say" fold. */
export function SourcesSaySummary() {
  return <>{useEvidenceWords().sourcesSay.summary}</>;
}
