import { notFound } from 'next/navigation';
import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { cardWords } from '@/lib/content/pages/chrome';
import { getTherapies, getTherapy } from '@/lib/content/store';

export const alt = cardWords().alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

export function generateStaticParams() {
  return getTherapies().map((doc) => ({ slug: doc.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const doc = getTherapy((await params).slug);
  if (!doc) notFound();
  const card = cardWords();
  return ogCard({
    eyebrow: card.eyebrow.therapy,
    title: doc.title,
    summary: doc.summary,
    site: card,
  });
}
