import Link from 'next/link';
import type { AnchorHTMLAttributes } from 'react';
import { ExternalLink } from '../ui/external-link';

/** Markdown links: internal ones through next/link, outside ones marked as leaving the site. */
export function SmartLink({
  href = '',
  children,
  className,
  externalNote,
}: AnchorHTMLAttributes<HTMLAnchorElement> & { externalNote: string }) {
  // MDX links rarely have a class; className={undefined} would still be sent as "$undefined" in
  // the React payload, once for every link in an article.
  const styled = className ? { className } : {};
  if (/^https?:\/\//.test(href)) {
    return (
      <ExternalLink href={href} {...styled} note={externalNote}>
        {children}
      </ExternalLink>
    );
  }
  if (href.startsWith('#') || href.startsWith('mailto:')) {
    return (
      <a href={href} {...styled}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} {...styled}>
      {children}
    </Link>
  );
}
