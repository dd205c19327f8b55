import type { SourcePageQuote } from '@/lib/content/pages/source-page';
import Link from 'next/link';
import { fillTemplate } from '@/lib/site/fill-template';

/** One quote as its source's page shows it (built by the route's loader). */
type SourceQuoteEntry = SourcePageQuote;

/**
 * One quote: the source's words in a <blockquote cite>, so assistive technology and the reading-grade
 * check can tell them from ours; when and how they were read; and the statements resting on them.
 */
export function SourceQuote({
  quote,
  cite,
  words,
}: {
  quote: SourceQuoteEntry;
  /** The publisher's own page, where the words come from. */
  cite: string;
  words: { checked: string; statementsHeading: string };
}) {
  return (
    <li id={quote.anchor} data-quote-id={quote.anchor} className="anchor-target scroll-mt-4">
      {/* Where links made before (#<source>--<quote>) land. */}
      <span id={quote.legacyAnchor} />
      <figure className="m-0">
        <blockquote cite={cite} className="m-0 border-l-4 border-line pl-3 text-lg">
          <p className="before:content-['“'] after:content-['”']">{quote.text}</p>
        </blockquote>
        <figcaption className="mt-1 text-base text-muted">
          {fillTemplate(words.checked, {
            date: (
              <time key="date" dateTime={quote.checked}>
                {quote.checkedText}
              </time>
            ),
          })}{' '}
          {quote.howSure}
          {quote.seenInCopy && <> {quote.seenInCopy}</>}
        </figcaption>
      </figure>
      {quote.statements.length > 0 && (
        <QuoteStatements
          id={`${quote.anchor}-statements`}
          heading={words.statementsHeading}
          statements={quote.statements}
        />
      )}
    </li>
  );
}

function QuoteStatements({
  id,
  heading,
  statements,
}: {
  id: string;
  heading: string;
  statements: SourceQuoteEntry['statements'];
}) {
  return (
    <>
      <p className="mt-2 text-base font-semibold" id={id}>
        {heading}
      </p>
      <ul aria-labelledby={id} className="mt-1 list-disc space-y-1 pl-6 text-base">
        {statements.map((claim) => (
          <li key={`${claim.href}|${claim.statement}`}>
            {claim.statement}{' '}
            <Link href={claim.href} className="underline">
              <cite>{claim.label}</cite>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
