import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { breadcrumbWords } from '@/lib/content/pages/chrome';
import { ExternalLink } from '@/components/ui/external-link';
import { JsonLd } from '@/components/seo/json-ld';
import { pageTrail } from '@/lib/site/breadcrumb-trails';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { conditionCitations, sourceIdsOf } from '@/lib/conditions/condition-uses';
import {
  getConditions,
  getGlossary,
  getGuides,
  getSiteText,
  getSources,
  getTherapies,
  getWarningSets,
  getWarningSigns,
} from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { SOURCES_PAGE } from '@/lib/site/static-pages';
import { claimsByQuote, claimsOf, siteTextClaims } from '@/lib/evidence/claims';
import { quoteAnchorId, type Quote } from '@/lib/schemas/citation';
import { formatDate } from '@/lib/site/site-config';
import {
  seenInCopyText,
  sourceYearText,
  type SourceDetailWords,
} from '@/lib/evidence/source-labels';
import { groupByPublisher, sourceBacklinks } from '@/lib/evidence/page-citations';
import { citationLd, graphOf, webPageLd } from '@/lib/seo/structured-data';

const trail = pageTrail(SOURCES_PAGE.title, SOURCES_PAGE.path);

export const metadata: Metadata = pageMetadata(SOURCES_PAGE);

export default function SourcesPage() {
  const sources = getSources();
  const columns = comparisonColumns();
  const slugs = columns.map((column) => column.slug);
  const backlinks = sourceBacklinks(
    sources.map((source) => source.id),
    {
      therapies: getTherapies().map((therapy) => ({
        ...therapy,
        uses: columns.find((column) => column.slug === therapy.slug)?.uses ?? [],
      })),
      guides: getGuides(),
      glossary: getGlossary(),
      comparePath: '/compare',
      conditions: getConditions().map((condition) => ({
        name: `Health problem: ${condition.name}`,
        url: condition.url,
        sources: sourceIdsOf(
          conditionCitations(condition, slugs, getWarningSets(condition.warningSigns)),
        ),
      })),
      siteText: getSiteText(),
      warningSigns: getWarningSigns(),
    },
  );
  const groups = groupByPublisher(sources);
  const words = getSiteText().sourceDetails;
  const articles = [...getTherapies(), ...getGuides()];
  const byQuote = claimsByQuote(
    claimsOf({
      therapies: getTherapies(),
      guides: getGuides(),
      glossary: getGlossary(),
      glossaryFile: 'content/glossary.json',
      conditions: getConditions(),
      warningSigns: { file: 'content/warning-signs.yaml', library: getWarningSigns() },
      extra: siteTextClaims(getSiteText()),
    }),
  );
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd
        data={graphOf(webPageLd({ ...SOURCES_PAGE, trail }, { citation: sources.map(citationLd) }))}
      />
      <Breadcrumbs trail={trail} label={breadcrumbWords().label} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Sources</h1>
      <p className="mt-4 text-lg">
        We aim to base each fact about these treatments on words quoted from the sources below. Our
        own general safety advice, and the plain meanings of hard words, have no source. For each
        quote we show the words in quotation marks, the day we checked them, how sure we are of
        them, and the statements on this site that rely on them. Pages we do not quote are listed
        for further reading. Read{' '}
        <Link href="/about#how-we-source" className="underline">
          how we choose sources
        </Link>
        .
      </p>
      {groups.map((group) => (
        <section
          key={group.publisher}
          aria-labelledby={`publisher-${slug(group.publisher)}`}
          className="mt-10"
        >
          <h2 id={`publisher-${slug(group.publisher)}`} className="text-2xl font-bold">
            {group.publisher}
          </h2>
          <ul className="mt-4 space-y-6">
            {group.sources.map((source) => {
              const pages = backlinks.get(source.id) ?? [];
              const readingOn = articles.filter((article) =>
                article.furtherReading?.includes(source.id),
              );
              const year = sourceYearText(source, words);
              return (
                <li
                  key={source.id}
                  id={source.id}
                  data-source-id={source.id}
                  className="anchor-target scroll-mt-4 rounded-lg border border-line bg-surface p-4"
                >
                  <h3 className="text-lg font-semibold">
                    <ExternalLink href={source.url} className="underline">
                      {source.title}
                    </ExternalLink>
                  </h3>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
                    <dt className="font-semibold">Publisher</dt>
                    <dd>
                      {source.citation
                        ? `${source.publisher} (${source.citation})`
                        : source.publisher}
                    </dd>
                  </dl>
                  {year && (
                    <p className="mt-2 text-base" data-source-year>
                      {year}
                    </p>
                  )}
                  {source.note && <p className="mt-2 text-base">{source.note}</p>}
                  {source.quotes && source.quotes.length > 0 ? (
                    <ul
                      className="mt-3 space-y-4"
                      aria-label={`Words we quote from ${source.title}`}
                    >
                      {source.quotes.map((quote) => (
                        <QuoteEntry
                          key={quote.id}
                          quote={quote}
                          anchor={quoteAnchorId({ source: source.id, quote: quote.id })}
                          words={words}
                          statements={
                            byQuote.get(quoteAnchorId({ source: source.id, quote: quote.id })) ?? []
                          }
                        />
                      ))}
                    </ul>
                  ) : (
                    <p className="mt-3 text-base">
                      We do not quote this page, so no statement on this site rests on it. We list
                      it for further reading.
                    </p>
                  )}
                  {readingOn.length > 0 && (
                    <p className="mt-3 text-base">
                      Further reading on:{' '}
                      {readingOn.map((article, index) => (
                        <span key={article.url}>
                          {index > 0 && ', '}
                          <Link href={article.url} className="underline">
                            {article.title}
                          </Link>
                        </span>
                      ))}
                    </p>
                  )}
                  {pages.length > 0 ? (
                    <>
                      <p className="mt-3 text-base font-semibold" id={`cited-on-${source.id}`}>
                        Used on these pages:
                      </p>
                      <ul
                        aria-labelledby={`cited-on-${source.id}`}
                        className="backlinks mt-1 list-disc pl-6 text-base"
                      >
                        {pages.map((page) => (
                          <li key={page.href}>
                            <Link href={page.href} className="underline">
                              {page.label}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

const HOW_SURE: Record<Quote['confidence'], string> = {
  high: 'High: read on the publisher’s own page or an official copy of it.',
  medium: 'Medium: read in a faithful copy of the page, or in only part of it.',
  low: 'Low: read only in someone else’s summary. No statement rests on it alone.',
};

/** One quote: the words in quotation marks, how sure we are of them, and what rests on them. */
function QuoteEntry({
  quote,
  anchor,
  words,
  statements,
}: {
  quote: Quote;
  anchor: string;
  words: SourceDetailWords;
  statements: readonly { href: string; label: string; statement: string }[];
}) {
  return (
    <li id={anchor} data-quote-id={anchor} className="anchor-target scroll-mt-4">
      <figure className="m-0">
        <blockquote className="m-0 border-l-4 border-line pl-3 text-lg">
          <p>“{quote.text}”</p>
        </blockquote>
        <figcaption className="mt-1 text-base text-muted">
          Checked <time dateTime={quote.checked}>{formatDate(quote.checked)}</time>. How sure we
          are: {HOW_SURE[quote.confidence]}
          {quote.seenAt && <> {seenInCopyText(quote.seenAt, words)}</>}
        </figcaption>
      </figure>
      {statements.length > 0 && (
        <>
          <p className="mt-2 text-base font-semibold" id={`${anchor}-statements`}>
            Statements that rely on these words:
          </p>
          <ul
            aria-labelledby={`${anchor}-statements`}
            className="mt-1 list-disc space-y-1 pl-6 text-base"
          >
            {statements.map((claim) => (
              <li key={`${claim.href}|${claim.statement}`}>
                {claim.statement} (
                <Link href={claim.href} className="underline">
                  {claim.label}
                </Link>
                )
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
