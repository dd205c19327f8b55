/** The source a citation number stands for, and which of its quotes it rests on. */
export interface CitedSource {
  id: string;
  /** The quotes (ids) this number rests on. */
  quoteIds: readonly string[];
}

/**
 * One citation number, as plain server markup: a link to the quote on its source's page, which is
 * all it is without JavaScript. With it, the page's one CitationController (mounted by
 * app/layout.tsx) finds the number by `data-cite` and opens the quoted words in place. Everything
 * else it needs is in the link itself (the source and the quote are in its address; the source's
 * title and publisher come with the quotes), because every attribute here is sent twice: in the
 * HTML and in the page's React payload. `data-quotes` is there only when the number rests on more
 * quotes than the one it links to.
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
  const linked = href.endsWith(`/${source.id}#${source.quoteIds[0] ?? ''}`);
  const more = source.quoteIds.length > 1 || !linked;
  return (
    <sup className={className}>
      <a href={href} data-cite="" data-quotes={more ? source.quoteIds.join(' ') : undefined}>
        {`[${number}]`}
      </a>
    </sup>
  );
}
