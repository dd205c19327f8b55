import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/layout/article-layout';
import { StaticPart } from '@/app/_static/static-part';
import { loadTherapyPage } from '@/lib/content/pages/therapy-page';
import { getTherapies, getTherapy } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;
// Re-rendered hourly so a page whose review falls due shows the overdue notice without a rebuild.
export const revalidate = 3600;

export function generateStaticParams() {
  return getTherapies().map((therapy) => ({ slug: therapy.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const therapy = getTherapy((await params).slug);
  if (!therapy) return {};
  return pageMetadata({
    title: therapy.title,
    description: therapy.description,
    path: therapy.url,
    type: 'article',
    modifiedTime: therapy.lastReviewed,
  });
}

export default async function TherapyPage({ params }: { params: Params }) {
  const { slug } = await params;
  const page = loadTherapyPage(slug);
  if (!page) notFound();
  return (
    <>
      <StaticPart name="therapy-trail" params={{ slug: slug }} />
      <ArticleLayout
        page={page}
        title={<StaticPart name="therapy-title" params={{ slug: slug }} />}
        body={<StaticPart name="therapy-body" params={{ slug }} />}
        feedbackFields={<StaticPart name="feedback-fields" params={{ path: page.article.url }} />}
      />
    </>
  );
}
