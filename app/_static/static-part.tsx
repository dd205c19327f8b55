'use client';

import { useEffect, useRef } from 'react';
import { staticPartHtml } from '#static-parts';
import { staticPartId, type StaticPartName } from './static-part-id';

/**
 * A part of a page that has no interactive React in it (an article's body, a table of ratings),
 * sent once, as HTML.
 *
 * Next sends every server component twice: as HTML, and again as the React payload that hydration
 * reads. For our pages the payload was 55–62% of each page (issue 19). This component is a client
 * component whose only prop is the part's name: on the server, `#static-parts` resolves to
 * parts-server.tsx, which renders the part to HTML; in the browser it resolves to
 * parts-browser.ts, which has nothing. Hydration leaves an element's dangerouslySetInnerHTML
 * alone, so the server's HTML stays and the payload carries only the name.
 *
 * Citations, glossary terms and "What the sources say" folds inside it still work: the one
 * CitationController listens on the document. A part must hold nothing that needs React in the
 * browser (tests/unit/static-parts checks the registry for client components' buttons and forms).
 *
 * A client-side navigation (a next/link click) mounts the part with no server HTML. Then it reads
 * its HTML from the page's own prerendered document, which is cached like any page.
 */
export function StaticPart({
  name,
  params = {},
  className,
}: {
  name: StaticPartName;
  params?: Record<string, string>;
  /** The wrapper is a block, in the flow where the part's content was: it takes its spacing. */
  className?: string;
}) {
  const id = staticPartId(name, params);
  const html = staticPartHtml(name, params);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || element.childNodes.length > 0) return;
    const controller = new AbortController();
    fetch(window.location.href, { signal: controller.signal, headers: { accept: 'text/html' } })
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.text();
      })
      .then((text) => {
        const page = new DOMParser().parseFromString(text, 'text/html');
        const found = page.querySelector(`[data-static-part="${CSS.escape(id)}"]`);
        if (!found) throw new Error(`the page's HTML has no part ${id}`);
        element.innerHTML = found.innerHTML;
      })
      .catch(() => {
        // A full load of the same address always has the part; the router has already moved there.
        if (!controller.signal.aborted) window.location.reload();
      });
    return () => controller.abort();
  }, [id]);

  return (
    <div
      key={id}
      ref={ref}
      data-static-part={id}
      className={className}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
    />
  );
}
