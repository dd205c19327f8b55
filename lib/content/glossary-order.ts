import type { GlossaryTerm } from '../schemas/glossary';

/** Terms in the order a reader scans for them: by the word itself, ignoring case. */
export function alphabetical(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
