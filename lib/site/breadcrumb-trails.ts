/** One step in a breadcrumb trail; the last one is the current page. */
export interface Crumb {
  name: string;
  path: string;
}

/**
 * The home page, then the given steps down to this page. The caller names the home page in the
 * words of content/site-text.yaml (`pages.chrome.home`); the trail also names the steps of the
 * page's BreadcrumbList in its structured data.
 */
export function trailOf(home: string, ...steps: Crumb[]): Crumb[] {
  return [{ name: home, path: '/' }, ...steps];
}
