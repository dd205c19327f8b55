import { render as renderPlain, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { EvidenceWordsProvider } from '@/components/evidence/evidence-words';
import { FIXTURE_EVIDENCE_TEXT } from '../fixtures/evidence-text';

/** The root layout's provider, with fixture words: what every page's citations render inside. */
export function WithEvidenceWords({ children }: { children: ReactNode }) {
  return <EvidenceWordsProvider words={FIXTURE_EVIDENCE_TEXT}>{children}</EvidenceWordsProvider>;
}

/** Testing Library's render, inside the citation-words provider as a page would be. */
export function render(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  return renderPlain(ui, { wrapper: WithEvidenceWords, ...options });
}
