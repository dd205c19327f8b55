import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { loadSourcesPage } from '@/lib/content/pages/sources-page';
import { cardWords } from '@/lib/content/pages/chrome';

export const alt = loadSourcesPage().card.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  const { meta, card } = loadSourcesPage();
  return ogCard({
    eyebrow: card.eyebrow,
    title: meta.title,
    summary: meta.description,
    site: cardWords(),
  });
}
