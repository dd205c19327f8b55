import { ATOM_CONTENT_TYPE, changesFeed } from '@/lib/changes/changes-feed';
import { getSiteText } from '@/lib/content/store';
import { SITE_URL } from '@/lib/site/site-config';
import { allSiteChanges } from '@/lib/content/site-changes';

// Built once with the site: the feed changes only when the content does.
export const dynamic = 'force-static';

export function GET() {
  const { feed, kinds } = getSiteText().changeLog;
  const xml = changesFeed({
    siteUrl: SITE_URL,
    title: feed.title,
    author: feed.author,
    kinds,
    changes: allSiteChanges(),
  });
  return new Response(xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
}
