import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/article-layout';
import { KeyFacts } from '@/components/key-facts';
import { comparisonColumns, sourceIndex } from '@/lib/comparison-data';
import { getTherapies, getTherapy } from '@/lib/content';

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return getTherapies().map((therapy) => ({ slug: therapy.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const therapy = getTherapy((await params).slug);
  if (!therapy) return {};
  return {
    title: therapy.title,
    description: therapy.description,
    alternates: { canonical: therapy.url },
  };
}

export default async function TherapyPage({ params }: { params: Params }) {
  const therapy = getTherapy((await params).slug);
  if (!therapy) notFound();
  const column = comparisonColumns().find((candidate) => candidate.slug === therapy.slug);
  return (
    <ArticleLayout
      article={therapy}
      eyebrow="Therapy"
      before={column && <KeyFacts column={column} sources={sourceIndex()} />}
    />
  );
}
