import { getSources, getTherapies } from './content';
import type { ComparisonColumn } from './comparison';

/** Every therapy as a comparison column, from its profile. */
export function comparisonColumns(): ComparisonColumn[] {
  return getTherapies().map((therapy) => ({
    slug: therapy.slug,
    name: therapy.profile.name,
    url: therapy.url,
    profile: therapy.profile,
  }));
}

export function sourceTitles(): Record<string, string> {
  return Object.fromEntries(getSources().map((source) => [source.id, source.title]));
}
