import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { StaticPart } from '@/app/_static/static-part';
import { OldAnchorRedirect } from '@/components/sources/old-anchor-redirect';
import { loadSourcesPage } from '@/lib/content/pages/sources-page';
import { pageMetadata } from '@/lib/seo/page-metadata';

export function generateMetadata(): Metadata {
  return pageMetadata(loadSourcesPage().meta);
}

/** A short index: one line per source, grouped by kind. Each source's words are on its own page. */
export default function SourcesPage() {
  const page = loadSourcesPage();
  return (
    <div className="mx-auto max-w-prose">
      <OldAnchorRedirect />
      <Breadcrumbs trail={page.trail} label={page.breadcrumbLabel} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.meta.title}</h1>
      <p className="mt-4 text-lg">{page.intro}</p>
      <p className="mt-3 text-base">
        <Link href={page.howWeChoose.href} className="underline">
          {page.howWeChoose.text}
        </Link>
      </p>
      <StaticPart name="sources-index" />
    </div>
  );
}
