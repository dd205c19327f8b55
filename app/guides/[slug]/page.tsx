import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/layout/article-layout';
import { StaticPart } from '@/app/_static/static-part';
import { loadGuidePage } from '@/lib/content/pages/guide-page';
import { getGuide, getGuides } from '@/lib/content/store';
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
  const page = loadGuidePage((await params).slug);
  if (!page) notFound();
  // data-guide lets the print stylesheet lay out one guide (the checklist) for a single page.
  return (
    <div data-guide={page.article.slug}>
      <StaticPart name="guide-trail" params={{ slug: page.article.slug }} />
      <ArticleLayout
        page={page}
        title={<StaticPart name="guide-title" params={{ slug: page.article.slug }} />}
        body={<StaticPart name="guide-body" params={{ slug: page.article.slug }} />}
        feedbackFields={<StaticPart name="feedback-fields" params={{ path: page.article.url }} />}
      />
    </div>
  );
}
