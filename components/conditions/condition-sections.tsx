import Link from 'next/link';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import type { ComponentProps } from 'react';
import type { ConditionEntry } from '@/lib/schemas/condition';
import type { SourceIndex } from '@/lib/schemas/source';
import { CitationLinks } from '../evidence/citation-links';
import { RatingBadge } from '../evidence/rating-badge';
import { WarningSignCards } from './warning-sign-cards';

/** One therapy's column of a condition page, with the words of its own section. */
export interface ConditionTherapy {
  slug: string;
  name: string;
  url: string;
  entry: ConditionEntry;
  meaning: string;
  sectionId: string;
  words: { heading: string; noStudies: string; readAbout: string };
}

/** The warning signs to act on before any needling, at the top of a condition page. */
export function ConditionWarnings({
  heading,
  cards,
}: {
  heading: string;
  cards: Omit<ComponentProps<typeof WarningSignCards>, 'headingLevel'>;
}) {
  return (
    <section aria-labelledby="red-flags-title" className="mt-6 max-w-prose">
      <h2 id="red-flags-title" className="text-2xl font-bold">
        {heading}
      </h2>
      <WarningSignCards {...cards} headingLevel={3} />
    </section>
  );
}

/** What research found for one therapy and this condition: its rating, findings and sources. */
export function TherapyFindings({
  column,
  numbering,
  sources,
  rule,
}: {
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  column: ConditionTherapy;
  numbering: readonly string[];
  sources: SourceIndex;
}) {
  const { entry, words, sectionId } = column;
  return (
    <section
      id={sectionId}
      aria-labelledby={`${sectionId}-title`}
      className="anchor-target mt-8 max-w-prose scroll-mt-4"
      data-therapy={column.slug}
    >
      <h2 id={`${sectionId}-title`} className="text-2xl font-bold">
        {words.heading}
      </h2>
      <p className="mt-2">
        <RatingBadge rating={entry.rating} rule={rule} />: {column.meaning}
      </p>
      {entry.research.length > 0 ? (
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {entry.research.map((finding) => (
            <li key={finding.text}>
              {finding.text}{' '}
              <CitationLinks refs={finding.sources} numbering={numbering} sources={sources} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">{words.noStudies}</p>
      )}
      <p className="mt-3">
        <Link href={column.url} className="underline">
          {words.readAbout}
        </Link>
      </p>
    </section>
  );
}

/** The way on from a condition page: every problem, and the full comparison. */
export function ConditionLinksOn({
  words,
}: {
  words: { allProblems: string; compareAll: string };
}) {
  return (
    <p className="mt-6">
      <Link href="/conditions" className="underline">
        {words.allProblems}
      </Link>{' '}
      ·{' '}
      <Link href="/compare" className="underline">
        {words.compareAll}
      </Link>
    </p>
  );
}
