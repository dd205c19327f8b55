import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { getSiteText } from '@/lib/content/store';
import { cardWords } from '@/lib/content/pages/chrome';

const { home } = getSiteText().pages;

export const alt = home.card.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  const card = cardWords();
  return ogCard({
    eyebrow: card.siteName,
    title: home.heading,
    summary: home.card.summary,
    site: card,
  });
}
