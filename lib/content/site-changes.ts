import { siteChanges, type SiteChange } from '../changes/change-lists';
import { getConditions, getGuides, getPage, getSiteText, getTherapies } from './store';

/**
 * Every change to the site's content, newest first: the pages', and the site-wide words' (listed
 * under the home page, where most of them show).
 */
export function allSiteChanges(): SiteChange[] {
  const text = getSiteText();
  return siteChanges([
    ...getTherapies().map((doc) => ({ title: doc.title, path: doc.url, changes: doc.changes })),
    ...getGuides().map((doc) => ({ title: doc.title, path: doc.url, changes: doc.changes })),
    ...getConditions().map((doc) => ({ title: doc.name, path: doc.url, changes: doc.changes })),
    ...[getPage('about')].flatMap((doc) =>
      doc ? [{ title: doc.heading, path: doc.url, changes: doc.changes }] : [],
    ),
    { title: text.changeLog.siteText, path: '/', changes: text.changes },
  ]);
}
