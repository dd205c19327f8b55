'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { CiteWords } from '@/lib/schemas/text/evidence-text';
import { CitePanel } from './cite-panel';
import { loadQuotes, quotesHrefOf, type QuotesState } from './quotes-state';

/** A citation number as cite-link.tsx renders it. */
const CITATION = 'a[data-cite]';

interface OpenCite {
  panelId: string;
  link: HTMLAnchorElement;
  slot: Element;
  state: QuotesState;
}

let panels = 0;

function citationFrom(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(CITATION) : null;
}

let entries = 0;

/**
 * The entry that names a number's source on this page: its line in an article's or condition
 * page's references (`li#ref-<id>`), or else the line of the same number in the printed source
 * list of the table or box it sits in (printed-sources.tsx). Hidden entries still describe: a
 * description may come from content not shown on screen.
 */
function entryFor(link: HTMLAnchorElement): Element | null {
  const listed = document.getElementById(`ref-${sourceOf(link)}`);
  if (listed) return listed;
  const number = Number((link.textContent ?? '').replace(/\D/g, ''));
  for (let box = link.parentElement; box; box = box.parentElement) {
    const printed = box.querySelector('.printed-sources ol');
    if (printed) return printed.children.item(number - 1);
  }
  return null;
}

/**
 * Once JavaScript runs, each number becomes a disclosure: `aria-expanded` says whether its quote
 * is open, and the page's entry for its source describes it (so a screen reader hears whose it
 * is, although the number carries no name). Numbers already done are left as they are.
 */
function enhanceCitations() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(CITATION)) {
    if (link.hasAttribute('aria-expanded')) continue;
    link.setAttribute('aria-expanded', 'false');
    const entry = entryFor(link);
    if (!entry) continue;
    if (!entry.id) {
      entries += 1;
      entry.id = `cited-source-${entries}`;
    }
    link.setAttribute('aria-describedby', entry.id);
  }
}

/** The source a number cites: the last step of its link's path, /sources/<id>. */
function sourceOf(link: HTMLAnchorElement): string {
  return link.pathname.split('/').pop() ?? '';
}

/**
 * The quotes a number rests on: those `data-quotes` lists, or else the one its link's anchor
 * (#<quote>) names.
 */
function quoteIdsOf(link: HTMLAnchorElement): string[] {
  const listed = link.dataset.quotes?.split(' ').filter(Boolean);
  if (listed && listed.length > 0) return listed;
  return [decodeURIComponent(link.hash.slice(1))];
}

/**
 * Where a number's open quote goes: a place right after the number's <sup>, made on first open.
 * It is added once React has hydrated the page, outside anything React renders, and stays (empty
 * when closed), so the server's markup carries no empty places for quotes nobody opens.
 */
function slotFor(link: HTMLAnchorElement): Element | null {
  const sup = link.parentElement;
  if (!sup) return null;
  const next = sup.nextElementSibling;
  if (next?.classList.contains('cite-slot')) return next;
  const slot = document.createElement('span');
  slot.className = 'cite-slot';
  sup.after(slot);
  return slot;
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
    const slot = slotFor(link);
    if (!slot) return;
    panels += 1;
    const panelId = `cite-quote-${panels}`;
    link.setAttribute('aria-expanded', 'true');
    link.setAttribute('aria-controls', panelId);
    setOpen((list) => [...list, { panelId, link, slot, state: { status: 'loading' } }]);
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
 * are rendered right after each number.
 */
export function useCitations(words: CiteWords): ReactNode {
  const { open, close, toggle, closeAll } = useOpenCitations();

  useEffect(() => {
    enhanceCitations();
    // A client-side navigation brings new numbers: enhance them as they arrive.
    const observer = new MutationObserver(enhanceCitations);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = citationFrom(event.target);
      if (!link) return;
      event.preventDefault();
      enhanceCitations();
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
  }, [toggle, closeAll]);

  return open.map((cite) => {
    if (!cite.slot.isConnected) return null;
    return createPortal(
      <CitePanel
        id={cite.panelId}
        href={cite.link.getAttribute('href') ?? ''}
        quotesHref={quotesHrefOf(cite.link)}
        quoteIds={quoteIdsOf(cite.link)}
        state={cite.state}
        words={words}
        onHide={() => {
          close(cite.link);
          cite.link.focus();
        }}
      />,
      cite.slot,
      cite.panelId,
    );
  });
}
