import Link from 'next/link';
import { KEY_FACT_ASPECT_KEYS } from '@/lib/schemas/profile-aspects';
import {
  cellSources,
  comparisonRows,
  type ComparisonColumn,
  type ComparisonRowWords,
} from '@/lib/compare/comparison-rows';
import type { SourceIndex } from '@/lib/schemas/source';
import type { NeedleIllustrationText } from '@/lib/schemas/text/pages-text';
import { CitationLinks } from '../evidence/citation-links';
import { NeedleIllustration } from '../ui/needle-illustration';
import { RatingBadge } from '../evidence/rating-badge';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';

/**
 * One therapy's column of the comparison, from the same profile, as a box at the top of its page.
 * Its numbers are the article's (`numbering`: its reference list, which opens with the box's
 * sources), so on paper the reference list gives their addresses.
 */
export function KeyFacts({
  column,
  sources,
  words,
  rule,
  numbering,
}: {
  /** The article's reference list, in order: a source's number is its place in it. */
  numbering: readonly string[];
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  column: ComparisonColumn;
  sources: SourceIndex;
  words: {
    heading: string;
    compareLink: string;
    conditionsLink: string;
    needles: NeedleIllustrationText;
    /** Each fact's name (content/site-text.yaml `labels`). */
    labels: ComparisonRowWords;
  };
}) {
  const rows = comparisonRows([column], KEY_FACT_ASPECT_KEYS, words.labels);
  return (
    <aside
      aria-labelledby="key-facts-title"
      className="key-facts mt-8 rounded-lg border border-line bg-surface p-4 sm:p-5"
    >
      <h2 id="key-facts-title" className="text-2xl font-bold">
        {words.heading}
      </h2>
      <dl className="mt-4 space-y-4">
        {rows.map((row) =>
          row.cells.map((cell) => (
            <div key={row.key} data-aspect={row.key}>
              <dt className="font-semibold">{row.label}</dt>
              <dd>
                {cell.cell.text}{' '}
                <CitationLinks refs={cellSources(cell)} numbering={numbering} sources={sources} />
                {cell.items?.some((item) => item.rating) && (
                  <ul className="mt-1 space-y-1">
                    {cell.items.map((item) => (
                      <li key={item.id}>
                        {item.href ? <Link href={item.href}>{item.label}</Link> : item.label}:{' '}
                        {item.rating && <RatingBadge rating={item.rating} rule={rule} />}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          )),
        )}
      </dl>
      <NeedleIllustration
        id="key-facts-illustration"
        className="mx-auto mt-6 block max-w-xs"
        words={words.needles}
      />
      <p className="no-print mt-4">
        <Link href="/compare">{words.compareLink}</Link>
      </p>
      <p className="no-print mt-2">
        <Link href="/conditions">{words.conditionsLink}</Link>
      </p>
    </aside>
  );
}
