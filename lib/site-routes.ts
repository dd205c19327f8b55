import { getGuides, getTherapies } from './content';
import { STATIC_ROUTES } from './routes';

/** Every public page, from the content: the sitemap, and the browser tests that walk it. */
export function allRoutes(): { path: string; lastModified?: string }[] {
  return [
    ...STATIC_ROUTES.map((path) => ({ path })),
    ...getTherapies().map((therapy) => ({ path: therapy.url, lastModified: therapy.lastReviewed })),
    ...getGuides().map((guide) => ({ path: guide.url, lastModified: guide.lastReviewed })),
  ];
}
