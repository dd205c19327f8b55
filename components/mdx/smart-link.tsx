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
  if (/^https?:\/\//.test(href)) {
    return (
      <ExternalLink href={href} className={className} note={externalNote}>
        {children}
      </ExternalLink>
    );
  }
  if (href.startsWith('#') || href.startsWith('mailto:')) {
    return (
      <a href={href} className={className}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
