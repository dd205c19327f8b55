import { conditionUses } from './conditions';
import { getConditions, getSources, getTherapies } from './content';
import type { ComparisonColumn } from './comparison';
import type { SourceIndex } from './schemas/source';

/** Every therapy as a comparison column, from its profile. */
export function comparisonColumns(): ComparisonColumn[] {
  return getTherapies().map((therapy) => ({
    slug: therapy.slug,
    name: therapy.profile.name,
    url: therapy.url,
    profile: therapy.profile,
    uses: conditionUses(therapy.slug, getConditions()),
  }));
}

/** Source id → what a citation needs to name and print it. */
export function sourceIndex(): SourceIndex {
  return Object.fromEntries(getSources().map((source) => [source.id, source]));
}
