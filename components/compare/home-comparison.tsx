import Link from 'next/link';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import { CORE_ASPECT_KEYS } from '@/lib/schemas/profile-aspects';
import type { ComparisonColumn, ComparisonRowWords } from '@/lib/compare/comparison-rows';
import type { SourceIndex } from '@/lib/schemas/source';
import { ComparisonTable } from './comparison-table';

export interface HomeComparisonWords {
  heading: string;
  caption: string;
  fullLink: string;
  fullLinkAfter: string;
  ratingsLink: string;
}

/** The five core aspects at a glance, and the way in to the full comparison. */
export function HomeComparison({
  columns,
  sources,
  words,
  rule,
  labels,
}: {
  /** Each row's name and help line (content/site-text.yaml `labels`). */
  labels: ComparisonRowWords;
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  columns: readonly ComparisonColumn[];
  sources: SourceIndex;
  words: HomeComparisonWords;
}) {
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title" className="text-2xl font-bold">
        {words.heading}
      </h2>
      <ComparisonTable
        columns={columns}
        aspects={CORE_ASPECT_KEYS}
        caption={words.caption}
        sources={sources}
        rule={rule}
        labels={labels}
        variant="glance"
        ratingsLink={words.ratingsLink}
      />
      <p>
        <Link href="/compare" className="font-semibold underline">
          {words.fullLink}
        </Link>
        {words.fullLinkAfter}
      </p>
    </section>
  );
}
