'use client';

import { useEffect } from 'react';

/**
 * /sources once listed every quote; links to `/sources#<id>` and `/sources#<id>--<quote>` still
 * exist. Without JavaScript they land on the source's line of the index. With it, this moves the
 * reader on to the source's own page (and the quote's anchor there), replacing the history entry so
 * Back does not return to the index. It reads the address from the line's own link, so it needs no
 * route logic of its own.
 */
export function OldAnchorRedirect() {
  useEffect(() => {
    const follow = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      const id = hash.split('--')[0] ?? '';
      const line = id ? document.getElementById(id) : null;
      const href = line?.hasAttribute('data-source-id')
        ? line.querySelector('a[href]')?.getAttribute('href')
        : null;
      if (!href) return;
      // `#<id>--<quote>` becomes the quote's anchor on the source's page, `#<quote>`.
      window.location.replace(hash === id ? href : `${href}#${hash.slice(id.length + 2)}`);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return null;
}
