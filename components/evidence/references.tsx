import type { ReferenceEntry } from '@/lib/evidence/reference-entries';
import { ExternalLink } from '../ui/external-link';

/** The words of a numbered source list (content/site-text.yaml, `evidence:`). */
export interface ReferenceWords {
  heading: string;
  /** The link to a source's page on this site. */
  sourcePage: string;
}

/**
 * A page's numbered source list, in the order of its citation numbers. Each source is named once,
 * with a link to the original and one to its page here; the quoted words stay on that page (and
 * open in place from each citation number), so this page carries only its own sentences.
 */
export function References({
  entries,
  words,
  headingId = 'references',
  className = 'mt-12 border-t border-line pt-6',
  externalNote,
}: {
  entries: readonly ReferenceEntry[];
  words: ReferenceWords;
  /** What screen readers hear after a link to the original. */
  externalNote: string;
  /** The heading's id: the contents list links to it. */
  headingId?: string;
  className?: string;
}) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={`references ${className}`}>
      <h2 id={headingId} className="text-2xl font-bold">
        {words.heading}
      </h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        {entries.map((entry) => (
          <li key={entry.id} id={`ref-${entry.id}`} className="scroll-mt-4">
            <ExternalLink href={entry.url} className="underline" note={externalNote}>
              <cite>{entry.title}</cite>
            </ExternalLink>
            <span className="text-muted">
              {' '}
              — <cite>{entry.publisher}</cite>. {entry.year && <>{entry.year} </>}
            </span>
            <a href={entry.href} className="whitespace-nowrap underline">
              <span className="sr-only">
                <cite>{entry.title}</cite>:{' '}
              </span>
              {words.sourcePage}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
