import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { loadAboutPage } from '@/lib/content/pages/about';
import { cardWords } from '@/lib/content/pages/chrome';
import { COMMENT_RETENTION_MONTHS } from '@/lib/feedback/schema';
import { CORRECTIONS_EMAIL } from '@/lib/site/site-config';

const page = loadAboutPage({
  commentRetentionMonths: COMMENT_RETENTION_MONTHS,
  correctionsEmail: CORRECTIONS_EMAIL,
});

export const alt = page.cardAlt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return ogCard({
    eyebrow: page.trail.at(-1)?.name ?? '',
    title: page.meta.title,
    summary: page.meta.description,
    site: cardWords(),
  });
}
