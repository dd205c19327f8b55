import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ChangeList } from '@/components/changes/change-list';
import { JsonLd } from '@/components/seo/json-ld';
import { trailOf } from '@/lib/site/breadcrumb-trails';
import { breadcrumbWords } from '@/lib/content/pages/chrome';
import { CHANGES_FEED_PATH, CHANGES_PATH, lastChanged } from '@/lib/changes/change-lists';
import { getSiteText } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { allSiteChanges } from '@/lib/content/site-changes';
import { graphOf, webPageLd } from '@/lib/seo/structured-data';

export const dynamic = 'force-static';

function pageInfo() {
  const { page } = getSiteText().changeLog;
  return { path: CHANGES_PATH, title: page.title, description: page.description };
}

export function generateMetadata(): Metadata {
  const info = pageInfo();
  return {
    ...pageMetadata(info),
    alternates: {
      canonical: CHANGES_PATH,
      types: { 'application/atom+xml': [{ url: CHANGES_FEED_PATH, title: info.title }] },
    },
  };
}

export default function ChangesPage() {
  const words = getSiteText().changeLog;
  const info = pageInfo();
  const changes = allSiteChanges();
  const crumbs = breadcrumbWords();
  const trail = trailOf(crumbs.home, { name: info.title, path: info.path });
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd data={graphOf(webPageLd({ ...info, trail, dateModified: lastChanged(changes) }))} />
      <Breadcrumbs trail={trail} label={crumbs.label} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{info.title}</h1>
      <p className="mt-3 text-lg">{words.page.intro}</p>
      <p className="mt-3">
        <a href={CHANGES_FEED_PATH} type="application/atom+xml" className="underline">
          {words.page.feedLink}
        </a>
      </p>
      <ChangeList changes={changes} kinds={words.kinds} />
    </div>
  );
}
