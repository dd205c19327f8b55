import type { Source } from '@/lib/schemas/source';
import { referenceEntries } from '@/lib/evidence/reference-entries';
import type { SourceDetailWords } from '@/lib/evidence/source-labels';
import { References, type ReferenceWords } from './references';

/**
 * A condition page's numbered sources: the same list as an article's References, under the
 * condition page's own heading. The quotes behind each number open from the citation numbers.
 */
export function QuotedSources({
  headingId,
  numbering,
  sources,
  words,
}: {
  headingId: string;
  /** Source ids in page order; the list follows it, so its numbers match the citation numbers. */
  numbering: readonly string[];
  sources: readonly Source[];
  /** How to say when each source is from, and the list's heading and link (content/site-text.yaml). */
  words: { details: SourceDetailWords; list: ReferenceWords; external: string };
}) {
  return (
    <References
      entries={referenceEntries(numbering, sources, words.details)}
      words={words.list}
      externalNote={words.external}
      headingId={headingId}
      className="quoted-sources mt-10"
    />
  );
}
