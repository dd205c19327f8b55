import { notFound } from 'next/navigation';
import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { getGuides, getGuide } from '@/lib/content/store';

export const alt = 'Needlewise: the page title and summary on a plain card';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

export function generateStaticParams() {
  return getGuides().map((doc) => ({ slug: doc.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const doc = getGuide((await params).slug);
  if (!doc) notFound();
  return ogCard({ eyebrow: 'Guide', title: doc.title, summary: doc.summary });
}
