import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompareView } from '@/components/compare/compare-view';
import { StaticPart } from '@/app/_static/static-part';
import { COMPARE_PATH, canonicalPairPath, findPair, therapyPairs } from '@/lib/compare/pair-paths';
import { pickColumns } from '@/lib/compare/comparison-rows';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { compareDescription, compareTitle, loadComparePairPage } from '@/lib/content/pages/compare';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Params = Promise<{ pair: string }>;

// Only the pairs the profiles allow exist; any other segment is a 404, never a render.
export const dynamicParams = false;

const allSlugs = () => comparisonColumns().map((column) => column.slug);

export function generateStaticParams(): { pair: string }[] {
  return therapyPairs(allSlugs()).map(({ pair }) => ({ pair }));
}

function load(segment: string) {
  const pair = findPair(allSlugs(), segment);
  if (!pair) notFound();
  return { pair, shown: pickColumns(comparisonColumns(), pair.slugs) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { pair, shown } = load((await params).pair);
  // Both orders show the same facts: search engines are pointed at one of them.
  return pageMetadata({
    title: compareTitle(shown),
    description: compareDescription(shown),
    path: canonicalPairPath(pair.slugs),
  });
}

export default async function ComparePairPage({ params }: { params: Params }) {
  const { pair, shown } = load((await params).pair);
  return (
    <CompareView
      {...loadComparePairPage(shown, `${COMPARE_PATH}/${pair.pair}`)}
      table={<StaticPart name="compare-table" params={{ pair: pair.pair }} />}
      feedbackFields={
        <StaticPart name="feedback-fields" params={{ path: `${COMPARE_PATH}/${pair.pair}` }} />
      }
    />
  );
}
