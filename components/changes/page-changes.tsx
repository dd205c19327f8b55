import Link from 'next/link';
import { CHANGES_PATH, latestChanges } from '@/lib/changes/change-lists';
import type { Change } from '@/lib/schemas/changes';
import type { ChangeLogText } from '@/lib/schemas/site-text';
import { formatDate } from '@/lib/site/site-config';

/** A page's latest changes, newest first, with the way to every change on the site. */
export function PageChanges({
  changes,
  words,
}: {
  changes: readonly Change[];
  /** The heading, link and kind names, from content/site-text.yaml. */
  words: Pick<ChangeLogText, 'heading' | 'seeAll' | 'kinds'>;
}) {
  return (
    <section
      aria-labelledby="page-changes-title"
      className="page-changes mt-10"
      data-testid="page-changes"
    >
      <h2 id="page-changes-title" className="text-2xl font-bold">
        {words.heading}
      </h2>
      <ul className="mt-3 space-y-2">
        {latestChanges(changes).map((change) => (
          <li key={change.index}>
            <time dateTime={change.date} className="font-semibold">
              {formatDate(change.date)}
            </time>{' '}
            · <span className="font-semibold">{words.kinds[change.kind]}</span> · {change.text}
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link href={CHANGES_PATH} className="underline">
          {words.seeAll}
        </Link>
      </p>
    </section>
  );
}
