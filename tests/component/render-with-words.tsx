import { render as renderPlain, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { CitationController } from '@/components/evidence/citation-controller';
import { FIXTURE_EVIDENCE_TEXT } from '../fixtures/evidence-text';

/**
 * The root layout's controller, with fixture words: what every page's citations, terms and folds
 * render inside, and what opens them.
 */
export function WithEvidenceWords({ children }: { children: ReactNode }) {
  return <CitationController words={FIXTURE_EVIDENCE_TEXT}>{children}</CitationController>;
}

/** Testing Library's render, inside the citation controller as a page would be. */
export function render(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  return renderPlain(ui, { wrapper: WithEvidenceWords, ...options });
}
