import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { CompareView } from '@/components/compare/compare-view';
import { StaticPart } from '@/app/_static/static-part';
import { compareTitle, loadCompareChoicePage } from '@/lib/content/pages/compare';
import { COMPARE_PATH, selectionPath } from '@/lib/compare/pair-paths';
import { parseTherapySelection } from '@/lib/compare/therapy-selection';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { decodeQueryKey } from '@/lib/http/query-key';

// Where proxy.ts sends `/compare?therapies=…` (the chooser's GET form and old links). A usable
// selection is sent on, permanently, to its prerendered page; anything else gets the message. The
// answer depends only on the address, so it is cached like a static page, for an hour at a time.
export const revalidate = 3600;

type Params = Promise<{ key: string }>;

/** No key is known before a reader sends one: each is rendered once, then served from the cache. */
export function generateStaticParams(): { key: string }[] {
  return [];
}

export function generateMetadata(): Metadata {
  return {
    title: compareTitle(comparisonColumns()),
    alternates: { canonical: COMPARE_PATH },
    robots: { index: false, follow: true },
  };
}

export default async function CompareChoicePage({ params }: { params: Params }) {
  const requested = decodeQueryKey((await params).key);
  if (requested === undefined) notFound();
  const columns = comparisonColumns();
  const slugs = columns.map((column) => column.slug);
  const selection = parseTherapySelection(requested, columns);
  const path = selection.problems.length === 0 ? selectionPath(selection.slugs, slugs) : null;
  if (path) permanentRedirect(path);
  // Every therapy is shown, so the table is /compare's.
  return (
    <CompareView
      {...loadCompareChoicePage(selection.problems)}
      table={<StaticPart name="compare-table" />}
      feedbackFields={<StaticPart name="feedback-fields" params={{ path: COMPARE_PATH }} />}
    />
  );
}
