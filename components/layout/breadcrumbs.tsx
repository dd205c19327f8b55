import Link from 'next/link';
import type { Crumb } from '@/lib/site/breadcrumb-trails';

/** Where this page sits in the site; the last step is the page itself. */
export function Breadcrumbs({
  trail,
  label,
  className = '',
  currentIsWork = false,
}: {
  trail: readonly Crumb[];
  /** The name screen readers give the trail. */
  label: string;
  className?: string;
  /** The page is about a work (a source): its last step is that work's title, marked <cite>. */
  currentIsWork?: boolean;
}) {
  return (
    <nav aria-label={label} className={`breadcrumbs mb-4 text-base text-muted ${className}`}>
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1;
          return (
            <li key={crumb.path} className="flex gap-x-2">
              {index > 0 && <span aria-hidden="true">›</span>}
              {current ? (
                <span aria-current="page">
                  {currentIsWork ? <cite>{crumb.name}</cite> : crumb.name}
                </span>
              ) : (
                <Link href={crumb.path} className="underline">
                  {crumb.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
