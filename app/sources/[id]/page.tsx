import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { CitingPages } from '@/components/sources/citing-pages';
import { SourceHeader } from '@/components/sources/source-header';
import { SourceQuote } from '@/components/sources/source-quote';
import { loadSourcePage, sourceIds } from '@/lib/content/pages/source-page';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Params = Promise<{ id: string }>;

// Every source is prerendered; an id that is not in content/sources.json is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return sourceIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = loadSourcePage((await params).id);
  return page ? pageMetadata(page.meta) : {};
}

/** One source: what it is, each quote with its own anchor, and the pages that use it. */
export default async function SourcePage({ params }: { params: Params }) {
  const page = loadSourcePage((await params).id);
  if (!page) notFound();
  const { words } = page;
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd data={page.jsonLd} />
      <Breadcrumbs trail={page.trail} label={page.breadcrumbLabel} currentIsWork />
      <SourceHeader source={page} words={{ ...words, externalLink: page.externalLink }} />
      <section aria-labelledby="quotes" className="mt-10">
        <h2 id="quotes" className="text-2xl font-bold">
          {words.quotesHeading}
        </h2>
        {page.quotes.length > 0 ? (
          <ul className="mt-4 space-y-6">
            {page.quotes.map((quote) => (
              <SourceQuote key={quote.anchor} quote={quote} cite={page.url} words={words} />
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-base">{words.noQuotes}</p>
        )}
      </section>
      <CitingPages
        id="cited-on"
        heading={words.citedOnHeading}
        pages={page.citedOn}
        none={words.notCited}
      />
      <CitingPages
        id="further-reading-on"
        heading={words.furtherReadingHeading}
        pages={page.furtherReadingOn}
      />
    </div>
  );
}
