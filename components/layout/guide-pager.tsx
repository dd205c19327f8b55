import Link from 'next/link';

type PagerGuide = { url: string; title: string };

/** The pager's words (content/site-text.yaml, `evidence.article`). */
interface GuidePagerWords {
  moreGuides: string;
  previousGuide: string;
  nextGuide: string;
}

/** Previous and next guide, in the order the guides are meant to be read. */
export function GuidePager({
  previous,
  next,
  words,
}: {
  previous?: PagerGuide | undefined;
  next?: PagerGuide | undefined;
  words: GuidePagerWords;
}) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label={words.moreGuides}
      className="guide-pager no-print mt-8 grid gap-4 sm:grid-cols-2"
    >
      {previous ? (
        <PagerLink guide={previous} direction="prev" word={words.previousGuide} />
      ) : (
        <span />
      )}
      {next && <PagerLink guide={next} direction="next" word={words.nextGuide} />}
    </nav>
  );
}

function PagerLink({
  guide,
  direction,
  word,
}: {
  guide: PagerGuide;
  direction: 'prev' | 'next';
  word: string;
}) {
  return (
    <Link
      href={guide.url}
      rel={direction}
      className={`block rounded border border-line bg-surface p-4 no-underline ${direction === 'next' ? 'sm:text-right' : ''}`}
    >
      <span className="block text-base text-muted">{word}</span>
      <span className="font-semibold underline">{guide.title}</span>
    </Link>
  );
}
