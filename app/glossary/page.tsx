import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { pageTrail } from '@/lib/site/breadcrumb-trails';
import { getGlossary, getSource, getSources } from '@/lib/content/store';
import { alphabetical } from '@/lib/content/glossary-order';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { GLOSSARY_PAGE } from '@/lib/site/static-pages';
import { quoteAnchor } from '@/lib/site/paths';
import { definedTermSetLd, graphOf, medicalWebPageLd } from '@/lib/seo/structured-data';

const trail = pageTrail(GLOSSARY_PAGE.title, GLOSSARY_PAGE.path);

export const metadata: Metadata = pageMetadata(GLOSSARY_PAGE);

export default function GlossaryPage() {
  const terms = alphabetical(getGlossary());
  const citedIds = new Set(terms.flatMap((term) => (term.sources ?? []).map((ref) => ref.source)));
  const citations = getSources().filter((source) => citedIds.has(source.id));
  const jsonLd = graphOf(
    medicalWebPageLd(
      { ...GLOSSARY_PAGE, trail, citations },
      { mainEntity: definedTermSetLd(GLOSSARY_PAGE.path, terms) },
    ),
  );
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd data={jsonLd} />
      <Breadcrumbs trail={trail} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Glossary</h1>
      <p className="mt-4 text-lg">
        What the harder words on this site mean, in plain language. In our articles, words with a
        dotted line under them link here. Point at one, tap it or move to it with the Tab key to see
        its meaning without leaving the page.
      </p>
      <dl className="mt-8 space-y-4">
        {terms.map((term) => (
          <div
            key={term.id}
            id={term.id}
            className="anchor-target scroll-mt-4 rounded-lg border border-line bg-surface p-4"
          >
            <dt className="text-xl font-semibold">{term.term}</dt>
            <dd className="mt-1">
              {term.definition}
              {term.aliases && term.aliases.length > 0 && (
                <span className="mt-1 block text-base text-muted">
                  Also called: {term.aliases.join(', ')}
                </span>
              )}
              {term.sources && term.sources.length > 0 && (
                <span className="mt-1 block text-base text-muted">
                  Sources:{' '}
                  {firstQuotePerSource(term.sources).map((ref, index) => (
                    <span key={`${ref.source}--${ref.quote}`}>
                      {index > 0 && ', '}
                      <Link href={quoteAnchor(ref)} className="underline">
                        {getSource(ref.source)?.title ?? ref.source}
                      </Link>
                    </span>
                  ))}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** One link per source: its first quote here leads to its entry, and the rest, on /sources. */
function firstQuotePerSource<T extends { source: string }>(refs: readonly T[]): T[] {
  return refs.filter(
    (ref, index) => refs.findIndex((other) => other.source === ref.source) === index,
  );
}
