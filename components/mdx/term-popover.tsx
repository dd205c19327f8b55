'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The in-place half of a glossary term. Hover and keyboard focus show the definition through CSS
 * alone; this only adds what CSS cannot: a first tap on a touch screen shows the definition instead
 * of leaving the page (a second tap follows the link), and Escape hides it (WCAG 1.4.13).
 */
export function TermPopover({
  href,
  term,
  definition,
  children,
}: {
  href: string;
  term: string;
  definition: string;
  children: ReactNode;
}) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [alignEnd, setAlignEnd] = useState(false);
  const pointer = useRef('');
  const tip = useRef<HTMLSpanElement>(null);

  /**
   * A term near the right edge would push its definition off the screen (and make the page
   * scroll sideways): once it shows, measure it and hang it from the term's right edge instead.
   */
  const keepOnScreen = () => {
    requestAnimationFrame(() => {
      const box = tip.current?.getBoundingClientRect();
      if (!box || box.width === 0) return;
      const overflows = box.right > document.documentElement.clientWidth;
      if (overflows) setAlignEnd(true);
    });
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setDismissed(true);
        setOpen(false);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <span
      className="term"
      data-open={open ? '' : undefined}
      data-dismissed={dismissed ? '' : undefined}
      data-align={alignEnd ? 'end' : undefined}
    >
      <a
        href={href}
        className="term-link"
        aria-describedby={tipId}
        onPointerDown={(event) => {
          pointer.current = event.pointerType;
        }}
        onPointerEnter={() => {
          setDismissed(false);
          keepOnScreen();
        }}
        onFocus={() => {
          setDismissed(false);
          keepOnScreen();
        }}
        onBlur={() => setOpen(false)}
        onClick={(event) => {
          if (pointer.current === 'touch' && !open) {
            event.preventDefault();
            setDismissed(false);
            setOpen(true);
          }
          pointer.current = '';
        }}
      >
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip" ref={tip}>
        <span className="term-tip-name">{term}:</span> {definition}
      </span>
    </span>
  );
}
