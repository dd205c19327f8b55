/** One step in a breadcrumb trail; the last one is the current page. */
export interface Crumb {
  name: string;
  path: string;
}

/** The home page, named by the caller (from content), then the given steps down to this page. */
export function trailOf(home: string, ...steps: Crumb[]): Crumb[] {
  return [{ name: home, path: '/' }, ...steps];
}

/**
 * Home, then the page itself: the site is shallow, so the trail is too. Its "Home" is still
 * written here for the article and sources routes; the other routes name it from content/ with
 * trailOf.
 */
export function pageTrail(name: string, path: string): Crumb[] {
  return trailOf('Home', { name, path });
}
