import type { Metadata } from 'next';
import { CompareView, compareDescription, compareTitle } from '@/components/compare/compare-view';
import { pageTrail } from '@/lib/site/breadcrumb-trails';
import { COMPARE_PATH } from '@/lib/compare/pair-paths';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { pageMetadata } from '@/lib/seo/page-metadata';

// Every therapy, prerendered. A selection (`?therapies=`) never reaches this page: proxy.ts sends
// it to its own prerendered pair (/compare/[pair]) or to the page that explains the problem.
export function generateMetadata(): Metadata {
  const columns = comparisonColumns();
  return pageMetadata({
    title: compareTitle(columns),
    description: compareDescription(columns),
    path: COMPARE_PATH,
  });
}

export default function ComparePage() {
  const columns = comparisonColumns();
  return (
    <CompareView
      columns={columns}
      shown={columns}
      path={COMPARE_PATH}
      trail={pageTrail(compareTitle(columns), COMPARE_PATH)}
    />
  );
}
