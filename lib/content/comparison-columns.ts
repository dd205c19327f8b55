import { evidenceRuleText } from './evidence-rule-text';
import { conditionUses } from '../conditions/condition-uses';
import { getConditions, getSources, getTherapies } from './store';
import type { ComparisonColumn } from '../compare/comparison-rows';
import type { SourceIndex } from '../schemas/source';

/** Every therapy as a comparison column, from its profile. */
export function comparisonColumns(): ComparisonColumn[] {
  return getTherapies().map((therapy) => ({
    slug: therapy.slug,
    name: therapy.profile.name,
    url: therapy.url,
    profile: therapy.profile,
    uses: conditionUses(therapy.slug, getConditions(), evidenceRuleText()),
  }));
}

/** Source id → what a citation needs to name and print it. */
export function sourceIndex(): SourceIndex {
  return Object.fromEntries(getSources().map((source) => [source.id, source]));
}
