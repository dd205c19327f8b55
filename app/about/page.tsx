import type { Metadata } from 'next';
import { AboutPolicy } from '@/components/about/about-policy';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { pageTrail } from '@/lib/site/breadcrumb-trails';
import { getSiteText } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ABOUT_PAGE } from '@/lib/site/static-pages';
import { SITE_NAME } from '@/lib/site/site-config';
import { graphOf, webPageLd } from '@/lib/seo/structured-data';

const trail = pageTrail('About', ABOUT_PAGE.path);

export const metadata: Metadata = pageMetadata(ABOUT_PAGE);

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd data={graphOf(webPageLd({ ...ABOUT_PAGE, trail }))} />
      <Breadcrumbs trail={trail} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">About {SITE_NAME}</h1>
      <div className="mt-6">
        <AboutPolicy disclaimer={getSiteText().disclaimer.full} />
      </div>
    </div>
  );
}
