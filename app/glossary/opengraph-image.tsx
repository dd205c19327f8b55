import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { glossaryMeta } from '@/lib/content/pages/glossary';
import { cardWords } from '@/lib/content/pages/chrome';

export const alt = cardWords().alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  const meta = glossaryMeta();
  return ogCard({
    eyebrow: meta.title,
    title: meta.title,
    summary: meta.description,
    site: cardWords(),
  });
}
