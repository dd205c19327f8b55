'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type RefObject } from 'react';

const noSubscription = () => () => {};

/** What a citation number shows in place: the quoted words and whose they are. */
export interface QuoteShown {
  text: string;
  /** The quote's anchor on /sources. */
  href: string;
}

/** While the quote is open, Escape closes it and returns focus to its number. */
function useEscapeToClose(
  open: boolean,
  setOpen: (open: boolean) => void,
  link: RefObject<HTMLAnchorElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        link.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, setOpen, link]);
}

/**
 * One citation number. Without JavaScript it is a plain link to the quote on /sources. With
 * JavaScript, activating it (click, tap, Enter) shows the quoted words in place instead, as a
 * disclosure: `aria-expanded` tells a screen reader, the words follow the link in reading order,
 * and Escape or "Hide" closes them and returns focus to the number.
 */
export function CiteLink({
  number,
  href,
  label,
  sourceName,
  quotes,
  className,
}: {
  number: number;
  href: string;
  label: string;
  sourceName: string;
  quotes: readonly QuoteShown[];
  /** `cite` in an article's text, `source-cite` in tables and boxes: they space differently. */
  className: string;
}) {
  const panelId = useId();
  // False in the server's HTML and during hydration, true once JavaScript runs the page: only
  // then does the number become a disclosure rather than a link to /sources.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [open, setOpen] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);

  useEscapeToClose(open, setOpen, link);

  return (
    <span className="cite-ref">
      <sup className={className}>
        <a
          ref={link}
          href={href}
          aria-label={label}
          aria-expanded={enhanced ? open : undefined}
          aria-controls={enhanced && open ? panelId : undefined}
          data-cite-number={number}
          onClick={(event) => {
            if (!enhanced) return;
            event.preventDefault();
            setOpen((value) => !value);
          }}
        >
          [{number}]
        </a>
      </sup>
      {open && (
        <span id={panelId} className="cite-quote" data-cite-quote="">
          <span className="cite-quote-source">{sourceName} says:</span>
          {quotes.map((quote) => (
            <span key={quote.href} className="cite-quote-text">
              “{quote.text}”
            </span>
          ))}
          <span className="cite-quote-actions">
            <a href={quotes[0]?.href ?? href} className="underline">
              About this source
            </a>
            <button
              type="button"
              className="cite-quote-hide"
              onClick={() => {
                setOpen(false);
                link.current?.focus();
              }}
            >
              Hide<span className="sr-only"> the quote from {sourceName}</span>
            </button>
          </span>
        </span>
      )}
    </span>
  );
}
