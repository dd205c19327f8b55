import { allRoutes } from '../content/sitemap-routes';

/**
 * The pages an answer may be about: every page in the sitemap. A new kind of content page (the
 * conditions, say) needs only to be in `allRoutes()` and to render `<FeedbackForm path=… />`.
 */
export function isFeedbackPage(path: string): boolean {
  return allRoutes().some((route) => route.path === path);
}

/** Where a reader lands after answering without JavaScript. */
export const thanksPath = (page: string) => `/feedback/thanks?page=${encodeURIComponent(page)}`;
