import { canonicalPairPath, therapyPairs } from '../compare/pair-paths';
import { getConditions, getGuides, getSources, getTherapies } from './store';
import { STATIC_ROUTES, sourcePath } from '../site/paths';

export interface SiteRoute {
  path: string;
  lastModified?: string;
}

type Routed = { url: string; lastReviewed: string };
type Cited = { id: string; quotes?: readonly { checked: string }[] };

/** A source's page changes when one of its quotes is checked again: its newest check. */
const lastChecked = (source: Cited) =>
  (source.quotes ?? []).map((quote) => quote.checked).sort().at(-1);

/** Every public page of a given set of content: pure, so tests can feed it a fixture. */
export function routesFor(
  therapies: readonly (Routed & { slug: string })[],
  guides: readonly Routed[],
  conditions: readonly Routed[] = [],
  sources: readonly Cited[] = [],
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
    ...sources.map((source) => {
      const lastModified = lastChecked(source);
      return { path: sourcePath(source.id), ...(lastModified ? { lastModified } : {}) };
    }),
  ];
}

/** Every public page, from the content: the sitemap, and the browser tests that walk it. */
export function allRoutes(): SiteRoute[] {
  return routesFor(getTherapies(), getGuides(), getConditions(), getSources());
}
