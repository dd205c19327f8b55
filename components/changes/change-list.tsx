import Link from 'next/link';
import type { ChangeKindLabels, SiteChange } from '@/lib/changes/change-lists';
import { formatDate } from '@/lib/site/site-config';

/** Every change on the site, newest first, each with its own anchor. */
export function ChangeList({
  changes,
  kinds,
}: {
  changes: readonly SiteChange[];
  /** The kind names, from content/site-text.yaml. */
  kinds: ChangeKindLabels;
}) {
  return (
    <ol className="mt-6 space-y-4" data-testid="change-list">
      {changes.map((change) => (
        <li key={change.anchor} id={change.anchor} className="anchor-target scroll-mt-4">
          <p>
            <time dateTime={change.date} className="font-semibold">
              {formatDate(change.date)}
            </time>{' '}
            · <span className="font-semibold">{kinds[change.kind]}</span> ·{' '}
            <Link href={change.page.path} className="underline">
              {change.page.title}
            </Link>
          </p>
          <p>{change.text}</p>
        </li>
      ))}
    </ol>
  );
}
