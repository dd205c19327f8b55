import type { EvidenceRuleText } from '../schemas/evidence-rule';
import { warningSetRefs, type WarningSet } from '../schemas/warning-signs';
import type { CitationRef } from '../schemas/citation';
import { ratingOf, type ConditionDoc, type ConditionEntry } from '../schemas/condition';
import type { Rating } from '../schemas/evidence-rating';
import { conditionPath } from '../site/paths';

/**
 * Pure functions over the condition files: what each therapy's "What people use it for" shows,
 * the evidence map, and the anchors that tie them to the condition pages. Adding a condition file
 * adds a row everywhere; nothing here names a condition.
 */

type ConditionLike = Pick<ConditionDoc, 'slug' | 'name' | 'therapies'>;

/** Where one therapy's section sits on a condition page. */
export const therapySectionId = (therapySlug: string) => `therapy-${therapySlug}`;
export const conditionTherapyHref = (conditionSlug: string, therapySlug: string) =>
  `${conditionPath(conditionSlug)}#${therapySectionId(therapySlug)}`;

/** One condition as one therapy's profile shows it. */
export interface ConditionUse {
  id: string;
  label: string;
  href: string;
  rating: Rating;
  /** The condition file's one-line finding, or the rating's meaning when nothing was studied. */
  note: string;
  /** The quotes the finding rests on. */
  sources: CitationRef[];
}

export const sourceIdsOf = (refs: readonly CitationRef[]): string[] => [
  ...new Set(refs.map((ref) => ref.source)),
];

function useOf(
  condition: ConditionLike,
  therapySlug: string,
  rule: EvidenceRuleText,
): ConditionUse {
  const entry = condition.therapies[therapySlug];
  const rating = ratingOf(condition, therapySlug);
  return {
    id: condition.slug,
    label: condition.name,
    href: conditionTherapyHref(condition.slug, therapySlug),
    rating,
    note: entry?.summary?.text ?? rule.levels[rating.level].meaning,
    sources: [...(entry?.summary?.sources ?? [])],
  };
}

/** Every condition, as the given therapy's "What people use it for" lists it (gaps included). */
export function conditionUses(
  therapySlug: string,
  conditions: readonly ConditionLike[],
  /** The rating words (content/evidence-rule.yaml): a use with no summary says what its level means. */
  rule: EvidenceRuleText,
): ConditionUse[] {
  return conditions.map((condition) => useOf(condition, therapySlug, rule));
}

export interface EvidenceMapCell {
  therapy: { slug: string; name: string };
  rating: Rating;
  href: string;
}

export interface EvidenceMapRow {
  condition: { slug: string; name: string; url: string };
  cells: EvidenceMapCell[];
}

/**
 * Conditions down the side, therapies across: each cell one rating, linking to its section. A
 * therapy the condition file does not cover yet gets a "not reviewed" cell, never a blank.
 */
export function evidenceMap(
  conditions: readonly ConditionLike[],
  therapies: readonly { slug: string; name: string }[],
): EvidenceMapRow[] {
  return conditions.map((condition) => ({
    condition: { slug: condition.slug, name: condition.name, url: conditionPath(condition.slug) },
    cells: therapies.map((therapy) => ({
      therapy,
      rating: ratingOf(condition, therapy.slug),
      href: conditionTherapyHref(condition.slug, therapy.slug),
    })),
  }));
}

/** Every citation a condition page shows, its warning signs first, then therapy by therapy. */
export function conditionCitations(
  condition: Pick<ConditionDoc, 'therapies'>,
  therapySlugs: readonly string[],
  warningSets: readonly Pick<WarningSet, 'intro' | 'signs'>[],
): CitationRef[] {
  const refs: CitationRef[] = warningSets.flatMap(warningSetRefs);
  for (const slug of therapySlugs) {
    const entry = condition.therapies[slug];
    if (!entry) continue;
    refs.push(
      ...(entry.summary?.sources ?? []),
      ...entry.research.flatMap((item) => item.sources),
      ...entry.guidelines.flatMap((item) => item.sources),
      ...entry.coverage.flatMap((item) => item.sources),
      ...(entry.sessions?.sources ?? []),
    );
  }
  return refs;
}

/**
 * One therapy's entry on a condition page; a therapy the file does not cover yet gets an empty
 * "not reviewed" entry, so its column says so rather than vanishing.
 */
export function entryOrGap(
  condition: Pick<ConditionDoc, 'therapies'>,
  therapySlug: string,
): ConditionEntry {
  return (
    condition.therapies[therapySlug] ?? {
      rating: ratingOf(condition, therapySlug),
      research: [],
      guidelines: [],
      coverage: [],
    }
  );
}
