/** One step in a breadcrumb trail; the last one is the current page. */
export interface Crumb {
  name: string;
  path: string;
}

/** Home, then the page itself: the site is shallow, so the trail is too. */
export function pageTrail(name: string, path: string): Crumb[] {
  return [
    { name: 'Home', path: '/' },
    { name, path },
  ];
}

/** Home, the list of conditions, then one condition. */
export function conditionTrail(name: string, path: string): Crumb[] {
  return [
    { name: 'Home', path: '/' },
    { name: 'Health problems', path: '/conditions' },
    { name, path },
  ];
}
