import { canonicalPairPath, therapyPairs } from '../compare/pair-paths';
import { getConditions, getGuides, getTherapies } from './store';
import { STATIC_ROUTES } from '../site/paths';

export interface SiteRoute {
  path: string;
  lastModified?: string;
}

type Routed = { url: string; lastReviewed: string };

/** Every public page of a given set of content: pure, so tests can feed it a fixture. */
export function routesFor(
  therapies: readonly (Routed & { slug: string })[],
  guides: readonly Routed[],
  conditions: readonly Routed[] = [],
): SiteRoute[] {
  // Each pair once (both column orders are pages, one of them canonical).
  const pairs = new Set(
    therapyPairs(therapies.map((therapy) => therapy.slug)).map(({ slugs }) =>
      canonicalPairPath(slugs),
    ),
  );
  return [
    ...STATIC_ROUTES.map((path) => ({ path })),
    ...[...pairs].map((path) => ({ path })),
    ...[...therapies, ...guides, ...conditions].map((doc) => ({
      path: doc.url,
      lastModified: doc.lastReviewed,
    })),
  ];
}

/** Every public page, from the content: the sitemap, and the browser tests that walk it. */
export function allRoutes(): SiteRoute[] {
  return routesFor(getTherapies(), getGuides(), getConditions());
}
