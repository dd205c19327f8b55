import Link from 'next/link';
import { getGuides, type Article } from '@/lib/content';
import { adjacentGuides, isGuide } from '@/lib/related';

/** Previous and next guide, in the order the guides are meant to be read. */
export function GuidePager({ article }: { article: Article }) {
  if (!isGuide(article)) return null;
  const { previous, next } = adjacentGuides(getGuides(), article.slug);
  if (!previous && !next) return null;
  return (
    <nav aria-label="More guides" className="guide-pager no-print mt-8 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link
          href={previous.url}
          rel="prev"
          className="block rounded border border-line bg-surface p-4 no-underline"
        >
          <span className="block text-base text-muted">Previous guide</span>
          <span className="font-semibold underline">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={next.url}
          rel="next"
          className="block rounded border border-line bg-surface p-4 no-underline sm:text-right"
        >
          <span className="block text-base text-muted">Next guide</span>
          <span className="font-semibold underline">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
