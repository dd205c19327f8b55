import type { Metadata } from 'next';
import { CompareView } from '@/components/compare/compare-view';
import { StaticPart } from '@/app/_static/static-part';
import { COMPARE_PATH } from '@/lib/compare/pair-paths';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { compareDescription, compareTitle, loadComparePage } from '@/lib/content/pages/compare';
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
  return (
    <CompareView
      {...loadComparePage()}
      table={<StaticPart name="compare-table" />}
      feedbackFields={<StaticPart name="feedback-fields" params={{ path: COMPARE_PATH }} />}
    />
  );
}
