import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/layout/article-layout';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { breadcrumbWords } from '@/lib/content/pages/chrome';
import { JsonLd } from '@/components/seo/json-ld';
import { KeyFacts } from '@/components/compare/key-facts';
import { articleLd } from '@/lib/seo/article-ld';
import { pageTrail } from '@/lib/site/breadcrumb-trails';
import { comparisonColumns, sourceIndex } from '@/lib/content/comparison-columns';
import { keyFactsWords } from '@/lib/content/pages/compare';
import { getSources, getTherapies, getTherapy } from '@/lib/content/store';
import { isoDay } from '@/lib/site/clock';
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
  const therapy = getTherapy((await params).slug);
  if (!therapy) notFound();
  const trail = pageTrail(therapy.title, therapy.url);
  const column = comparisonColumns().find((candidate) => candidate.slug === therapy.slug);
  return (
    <>
      <JsonLd
        data={articleLd(therapy, { trail, sources: getSources(), therapies: comparisonColumns() })}
      />
      <Breadcrumbs trail={trail} label={breadcrumbWords().label} className="mx-auto max-w-prose" />
      <ArticleLayout
        today={isoDay()}
        article={therapy}
        eyebrow="Therapy"
        before={
          column && <KeyFacts column={column} sources={sourceIndex()} words={keyFactsWords()} />
        }
      />
    </>
  );
}
