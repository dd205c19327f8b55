import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ExternalLink } from '@/components/external-link';
import { JsonLd } from '@/components/json-ld';
import { pageTrail } from '@/lib/breadcrumbs';
import { comparisonColumns } from '@/lib/comparison-data';
import { conditionCitations, sourceIdsOf } from '@/lib/conditions';
import {
  getConditions,
  getGlossary,
  getGuides,
  getSiteText,
  getSources,
  getTherapies,
} from '@/lib/content';
import { pageMetadata } from '@/lib/page-metadata';
import { SOURCES_PAGE } from '@/lib/page-info';
import { formatDate } from '@/lib/site';
import { groupByPublisher, sourceBacklinks } from '@/lib/source-usage';
import { citationLd, graphOf, webPageLd } from '@/lib/structured-data';

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
        sources: sourceIdsOf(conditionCitations(condition, slugs)),
      })),
      siteText: getSiteText(),
    },
  );
  const groups = groupByPublisher(sources);
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd
        data={graphOf(webPageLd({ ...SOURCES_PAGE, trail }, { citation: sources.map(citationLd) }))}
      />
      <Breadcrumbs trail={trail} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Sources</h1>
      <p className="mt-4 text-lg">
        Every health fact on this site links to one of these {sources.length} sources. Each one
        shows who published it, the date we last read it, and the pages on this site that use it.
        Read{' '}
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
                    <dt className="font-semibold">Date we read it</dt>
                    <dd>
                      <time dateTime={source.accessed}>{formatDate(source.accessed)}</time>
                    </dd>
                  </dl>
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
                  ) : (
                    <p className="mt-3 text-base text-muted">
                      No page uses this source at the moment.
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
