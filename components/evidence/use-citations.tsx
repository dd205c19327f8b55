'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { CiteWords } from '@/lib/schemas/text/evidence-text';
import { CitePanel } from './cite-panel';
import { fillWords } from './fill-words';
import { loadQuotes, quotesHrefOf, type QuotesState } from './quotes-state';

/** A citation number as cite-link.tsx renders it. */
const CITATION = 'a[data-cite]';

interface OpenCite {
  panelId: string;
  link: HTMLAnchorElement;
  state: QuotesState;
}

let panels = 0;

function citationFrom(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(CITATION) : null;
}

/**
 * Once JavaScript runs, each number becomes a disclosure: it says whose words it opens, and
 * `aria-expanded` says whether they are open. Numbers already done are left as they are.
 */
function enhanceCitations(words: CiteWords) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(CITATION)) {
    if (link.hasAttribute('aria-expanded')) continue;
    const { citeNumber = '', title = '', publisher = '' } = link.dataset;
    link.setAttribute(
      'aria-label',
      fillWords(words.label, { number: citeNumber, title, publisher }),
    );
    link.setAttribute('aria-expanded', 'false');
  }
}

/** Opening and closing the numbers: the state is the list of open ones, newest last. */
function useOpenCitations() {
  const [open, setOpen] = useState<OpenCite[]>([]);
  const latest = useRef<OpenCite[]>([]);
  useEffect(() => {
    latest.current = open;
  }, [open]);

  const close = useCallback((link: HTMLAnchorElement) => {
    link.setAttribute('aria-expanded', 'false');
    link.removeAttribute('aria-controls');
    setOpen((list) => list.filter((cite) => cite.link !== link));
  }, []);

  const show = useCallback((link: HTMLAnchorElement) => {
    panels += 1;
    const panelId = `cite-quote-${panels}`;
    link.setAttribute('aria-expanded', 'true');
    link.setAttribute('aria-controls', panelId);
    setOpen((list) => [...list, { panelId, link, state: { status: 'loading' } }]);
    void loadQuotes([quotesHrefOf(link)]).then((state) =>
      setOpen((list) => list.map((cite) => (cite.panelId === panelId ? { ...cite, state } : cite))),
    );
  }, []);

  const toggle = useCallback(
    (link: HTMLAnchorElement) => {
      if (link.getAttribute('aria-expanded') === 'true') close(link);
      else show(link);
    },
    [close, show],
  );

  /** Escape closes every open number and returns focus to the one opened last. */
  const closeAll = useCallback(() => {
    const links = latest.current.map((cite) => cite.link).filter((link) => link.isConnected);
    if (links.length === 0) return;
    links.forEach(close);
    links.at(-1)?.focus();
  }, [close]);

  return { open, close, toggle, closeAll };
}

/**
 * Every citation number on the page, through one set of listeners on the document: a click, a
 * tap or Enter (which clicks a link) opens the quote in place instead of leaving the page, Space
 * does the same, and Escape or "Hide" closes it and returns focus to the number. The open quotes
 * are rendered into each number's own `.cite-ref`, right after it. `page` (the path) re-runs the
 * enhancement when a client-side navigation brings new numbers.
 */
export function useCitations(words: CiteWords, page: string): ReactNode {
  const { open, close, toggle, closeAll } = useOpenCitations();

  useEffect(() => {
    enhanceCitations(words);
  }, [words, page]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = citationFrom(event.target);
      if (!link) return;
      event.preventDefault();
      enhanceCitations(words);
      toggle(link);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeAll();
      const link = event.key === ' ' ? citationFrom(event.target) : null;
      if (!link) return;
      event.preventDefault();
      toggle(link);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [words, toggle, closeAll]);

  return open.map((cite) => {
    const slot = cite.link.isConnected ? cite.link.closest('.cite-ref') : null;
    if (!slot) return null;
    return createPortal(
      <CitePanel
        id={cite.panelId}
        href={cite.link.getAttribute('href') ?? ''}
        publisher={cite.link.dataset.publisher ?? ''}
        quotesHref={quotesHrefOf(cite.link)}
        quoteIds={(cite.link.dataset.quotes ?? '').split(' ').filter(Boolean)}
        state={cite.state}
        words={words}
        onHide={() => {
          close(cite.link);
          cite.link.focus();
        }}
      />,
      slot,
      cite.panelId,
    );
  });
}
