import { notFound } from 'next/navigation';
import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { getTherapies, getTherapy } from '@/lib/content/store';

export const alt = 'Needlewise: the page title and summary on a plain card';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

export function generateStaticParams() {
  return getTherapies().map((doc) => ({ slug: doc.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const doc = getTherapy((await params).slug);
  if (!doc) notFound();
  return ogCard({ eyebrow: 'Therapy', title: doc.title, summary: doc.summary });
}
