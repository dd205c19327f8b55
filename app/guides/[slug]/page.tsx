import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/layout/article-layout';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { breadcrumbWords } from '@/lib/content/pages/chrome';
import { JsonLd } from '@/components/seo/json-ld';
import { articleLd } from '@/lib/seo/article-ld';
import { pageTrail } from '@/lib/site/breadcrumb-trails';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { getGuide, getGuides, getSources } from '@/lib/content/store';
import { isoDay } from '@/lib/site/clock';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;
// Re-rendered hourly so a page whose review falls due shows the overdue notice without a rebuild.
export const revalidate = 3600;

export function generateStaticParams() {
  return getGuides().map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return pageMetadata({
    title: guide.title,
    description: guide.description,
    path: guide.url,
    type: 'article',
    modifiedTime: guide.lastReviewed,
  });
}

export default async function GuidePage({ params }: { params: Params }) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  const trail = pageTrail(guide.title, guide.url);
  // data-guide lets the print stylesheet lay out one guide (the checklist) for a single page.
  return (
    <div data-guide={guide.slug}>
      <JsonLd
        data={articleLd(guide, { trail, sources: getSources(), therapies: comparisonColumns() })}
      />
      <Breadcrumbs trail={trail} label={breadcrumbWords().label} className="mx-auto max-w-prose" />
      <ArticleLayout today={isoDay()} article={guide} eyebrow="Guide" />
    </div>
  );
}
