import Link from 'next/link';
import { getGuides, type Article } from '@/lib/content/store';
import { adjacentGuides, isGuide } from '@/lib/content/related-links';

/** Previous and next guide, in the order the guides are meant to be read. */
export function GuidePager({ article }: { article: Article }) {
  if (!isGuide(article)) return null;
  const { previous, next } = adjacentGuides(getGuides(), article.slug);
  if (!previous && !next) return null;
  return (
    <nav aria-label="More guides" className="guide-pager no-print mt-8 grid gap-4 sm:grid-cols-2">
      {previous ? <PagerLink guide={previous} direction="prev" /> : <span />}
      {next && <PagerLink guide={next} direction="next" />}
    </nav>
  );
}

function PagerLink({
  guide,
  direction,
}: {
  guide: { url: string; title: string };
  direction: 'prev' | 'next';
}) {
  return (
    <Link
      href={guide.url}
      rel={direction}
      className={`block rounded border border-line bg-surface p-4 no-underline ${direction === 'next' ? 'sm:text-right' : ''}`}
    >
      <span className="block text-base text-muted">
        {direction === 'prev' ? 'Previous guide' : 'Next guide'}
      </span>
      <span className="font-semibold underline">{guide.title}</span>
    </Link>
  );
}
