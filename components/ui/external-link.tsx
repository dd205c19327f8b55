import type { ReactNode } from 'react';

/** A link that leaves the site: said visibly (the arrow) and to screen readers. */
export function ExternalLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <a href={href} rel="noopener noreferrer" data-external="" className={className}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (opens another website)</span>
    </a>
  );
}
