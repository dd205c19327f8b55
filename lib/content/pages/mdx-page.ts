import type { ComparisonColumn } from '../../compare/comparison-rows';
import { tagUses } from '../../mdx/mdx-tags';
import type { Source } from '../../schemas/source';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { EvidenceText } from '../../schemas/text/evidence-text';
import type { LabelsText } from '../../schemas/text/labels-text';
import { rowWords } from '../../compare/comparison-rows';
import type { WarningLibrary } from '../../schemas/warning-signs';
import { setsById, warningSetRefs } from '../../schemas/warning-signs';
import { sourceLabels } from '../../evidence/source-labels';
import { citedSourceNames } from '../../evidence/reference-entries';
import { evidenceRuleText } from '../evidence-rule-text';

/** What one page's MDX tags need, picked from the content for that page alone. */
export interface MdxInput {
  /** The page's MDX source, as written. */
  raw: string;
  /** The page's reference order (its citation numbers). */
  citations: readonly string[];
  sources: readonly Source[];
  glossary: readonly Pick<GlossaryTerm, 'id' | 'term' | 'definition'>[];
  warningSigns: WarningLibrary;
  columns: readonly ComparisonColumn[];
  words: EvidenceText;
  /** Comparison row names and care-card level words (content/site-text.yaml `labels`). */
  labels: LabelsText;
}

const propsOf = (raw: string, tag: string, prop: string) =>
  tagUses(raw).flatMap((use) => {
    const value = use.name === tag ? use.props[prop] : undefined;
    return typeof value === 'string' ? [value] : [];
  });

/**
 * The data of components/mdx's `mdxComponentsFor(data)` for one MDX body: the names of the sources
 * it cites (never their quotes), the glossary entries and warning-sign sets its tags name, the
 * comparison columns and the words the tags add. A condition page renders MDX with this too.
 */
export function mdxPageData(input: MdxInput) {
  const terms = new Set(propsOf(input.raw, 'Term', 'id'));
  const sets = setsById(input.warningSigns, [...new Set(propsOf(input.raw, 'WarningSigns', 'set'))]);
  const setSources = new Set(sets.flatMap(warningSetRefs).map((ref) => ref.source));
  return {
    citations: input.citations,
    sources: citedSourceNames(input.sources, input.citations),
    terms: Object.fromEntries(
      input.glossary
        .filter((term) => terms.has(term.id))
        .map((term) => [term.id, { term: term.term, definition: term.definition }]),
    ),
    warnings: {
      sets,
      urgency: input.warningSigns.urgency,
      labels: sourceLabels(input.sources.filter((source) => setSources.has(source.id))),
      sourcesLead: input.words.sourceLinks.many,
    },
    columns: input.columns,
    rowWords: rowWords(input.labels),
    careLevels: input.labels.careLevels,
    rule: evidenceRuleText(),
    words: { ...input.words.mdx, externalLink: input.words.externalLink },
  };
}
