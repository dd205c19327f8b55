/** The source a citation number stands for: what it is called, and which of its quotes it rests on. */
export interface CitedSource {
  id: string;
  title: string;
  publisher: string;
  /** The quotes (ids) this number rests on. */
  quoteIds: readonly string[];
}

/**
 * One citation number, as plain server markup: a link to the quote on its source's page, which is
 * all it is without JavaScript. With it, the page's one CitationController (mounted by
 * app/layout.tsx) finds the number by `data-cite`, names it for screen readers, and opens the
 * quoted words in place. The data attributes are all it needs for that, so the number sends no
 * props to the browser.
 */
export function CiteLink({
  number,
  href,
  source,
  className,
}: {
  number: number;
  /** The quote's anchor on its source's page: where the number leads without JavaScript. */
  href: string;
  source: CitedSource;
  /** `cite` in an article's text, `source-cite` in tables and boxes: they space differently. */
  className: string;
}) {
  return (
    <span className="cite-ref">
      <sup className={className}>
        <a
          href={href}
          data-cite={source.id}
          data-quotes={source.quoteIds.join(' ')}
          data-cite-number={number}
          data-title={source.title}
          data-publisher={source.publisher}
        >
          [{number}]
        </a>
      </sup>
    </span>
  );
}
