import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/article-layout';
import { getGuide, getGuides } from '@/lib/content';

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return getGuides().map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return { title: guide.title, description: guide.description, alternates: { canonical: guide.url } };
}

export default async function GuidePage({ params }: { params: Params }) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  // data-guide lets the print stylesheet lay out one guide (the checklist) for a single page.
  return (
    <div data-guide={guide.slug}>
      <ArticleLayout article={guide} eyebrow="Guide" />
    </div>
  );
}
