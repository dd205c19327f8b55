// The comparison's static addresses: /compare for every therapy, /compare/<a>-vs-<b> for each
// ordered pair. Pure, so the routes, the chooser and the tests all derive them the same way.

export const COMPARE_PATH = '/compare';
const SEPARATOR = '-vs-';

export interface TherapyPair {
  /** The route segment, `<a>-vs-<b>`. */
  pair: string;
  slugs: [string, string];
}

export const pairSegment = (first: string, second: string) => `${first}${SEPARATOR}${second}`;

/**
 * Every ordered pair of different therapies: the columns show in the order chosen, so
 * `a-vs-b` and `b-vs-a` are both addresses. Found by lookup, never by splitting on "-vs-",
 * because a slug may itself contain "vs".
 */
export function therapyPairs(slugs: readonly string[]): TherapyPair[] {
  return slugs.flatMap((first) =>
    slugs
      .filter((second) => second !== first)
      .map((second) => ({
        pair: pairSegment(first, second),
        slugs: [first, second] as [string, string],
      })),
  );
}

/** The pair whose segment is `segment`, or undefined for an address no profile allows. */
export function findPair(slugs: readonly string[], segment: string): TherapyPair | undefined {
  return therapyPairs(slugs).find((candidate) => candidate.pair === segment);
}

/** One address per unordered pair (its slugs in alphabetical order): the canonical link and the sitemap. */
export function canonicalPairPath(slugs: readonly [string, string]): string {
  const [first, second] = [...slugs].sort();
  return `${COMPARE_PATH}/${pairSegment(first!, second!)}`;
}

/**
 * The static page for a valid selection: every therapy (in any order) is /compare, two are
 * their pair's page. Any other selection has no page of its own, so null.
 */
export function selectionPath(chosen: readonly string[], all: readonly string[]): string | null {
  const [first, second] = chosen;
  if (
    chosen.length === 2 &&
    first &&
    second &&
    first !== second &&
    all.includes(first) &&
    all.includes(second)
  ) {
    return `${COMPARE_PATH}/${pairSegment(first, second)}`;
  }
  const everyOne = chosen.length === all.length && all.every((slug) => chosen.includes(slug));
  return everyOne ? COMPARE_PATH : null;
}
