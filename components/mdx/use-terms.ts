'use client';

import { useEffect } from 'react';

function termLinkFrom(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('.term-link') : null;
}

/**
 * A term near the right edge would push its definition off the screen (and make the page scroll
 * sideways): once it shows, measure it and hang it from the term's right edge instead.
 */
function keepOnScreen(term: HTMLElement) {
  requestAnimationFrame(() => {
    const box = term.querySelector('.term-tip')?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    if (box.right > document.documentElement.clientWidth) term.dataset.align = 'end';
  });
}

/** Shows a term's definition again after Escape hid it: the reader came back to it. */
function reveal(link: HTMLAnchorElement) {
  const term = link.parentElement;
  if (!term) return;
  delete term.dataset.dismissed;
  keepOnScreen(term);
}

/**
 * The in-place half of every glossary term on the page (term.tsx renders them as server markup),
 * through listeners on the document. Hover and keyboard focus show a definition through CSS
 * alone; this adds what CSS cannot: a first tap on a touch screen shows the definition instead
 * of leaving the page (a second tap follows the link), and Escape hides it (WCAG 1.4.13).
 */
export function useTerms(): void {
  useEffect(() => {
    let pointer = '';
    const onPointerDown = (event: PointerEvent) => {
      if (termLinkFrom(event.target)) pointer = event.pointerType;
    };
    const onPointerOver = (event: PointerEvent) => {
      const link = termLinkFrom(event.target);
      if (link) reveal(link);
    };
    const onFocusIn = (event: FocusEvent) => {
      const link = termLinkFrom(event.target);
      if (link) reveal(link);
    };
    const onFocusOut = (event: FocusEvent) => {
      const term = termLinkFrom(event.target)?.parentElement;
      if (term) delete term.dataset.open;
    };
    const onClick = (event: MouseEvent) => {
      const term = termLinkFrom(event.target)?.parentElement;
      if (term && pointer === 'touch' && term.dataset.open === undefined) {
        event.preventDefault();
        delete term.dataset.dismissed;
        term.dataset.open = '';
      }
      pointer = '';
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const term of document.querySelectorAll<HTMLElement>('.term')) {
        term.dataset.dismissed = '';
        delete term.dataset.open;
      }
    };
    const listeners = [
      ['pointerdown', onPointerDown],
      ['pointerover', onPointerOver],
      ['focusin', onFocusIn],
      ['focusout', onFocusOut],
      ['click', onClick],
      ['keydown', onKey],
    ] as const;
    for (const [type, listener] of listeners) {
      document.addEventListener(type, listener as EventListener);
    }
    return () => {
      for (const [type, listener] of listeners) {
        document.removeEventListener(type, listener as EventListener);
      }
    };
  }, []);
}
