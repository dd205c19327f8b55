import type { SourcePage } from '@/lib/content/pages/source-page';
import Link from 'next/link';
import { ExternalLink } from '@/components/ui/external-link';

/** What a source is: its title, publisher, date, a note on the version read, and both its links. */
export function SourceHeader({
  source,
  words,
}: {
  source: Pick<SourcePage, 'title' | 'publisher' | 'url' | 'href' | 'yearText' | 'note'>;
  words: {
    eyebrow: string;
    publisher: string;
    original: string;
    ourPage: string;
    externalLink: string;
  };
}) {
  return (
    <header>
      <p className="text-base font-semibold uppercase tracking-wide text-muted">{words.eyebrow}</p>
      <h1 className="text-2xl font-bold leading-tight break-words sm:text-3xl">
        <cite>{source.title}</cite>
      </h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-3 gap-y-1 text-base sm:grid-cols-[auto_minmax(0,1fr)]">
        <dt className="font-semibold">{words.publisher}</dt>
        <dd className="mb-2 sm:mb-0">
          <cite>{source.publisher}</cite>
        </dd>
        <dt className="font-semibold">{words.original}</dt>
        <dd className="mb-2 [overflow-wrap:anywhere] sm:mb-0">
          <ExternalLink href={source.url} className="underline" note={words.externalLink}>
            {source.url}
          </ExternalLink>
        </dd>
        <dt className="font-semibold">{words.ourPage}</dt>
        <dd className="[overflow-wrap:anywhere]">
          <Link href={source.href} className="underline">
            {source.href}
          </Link>
        </dd>
      </dl>
      {source.yearText && (
        <p className="mt-3 text-base" data-source-year>
          {source.yearText}
        </p>
      )}
      {source.note && <p className="mt-3 text-base">{source.note}</p>}
    </header>
  );
}
