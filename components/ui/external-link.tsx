import type { ReactNode } from 'react';

/** A link that leaves the site: said visibly (the arrow) and to screen readers. */
export function ExternalLink({
  href,
  children,
  className,
  note,
}: {
  href: string;
  children: ReactNode;
  className?: string;
  /** What screen readers hear after the link text: that it opens another website. */
  note: string;
}) {
  return (
    <a href={href} rel="noopener noreferrer" data-external="" className={className}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> {note}</span>
    </a>
  );
}
