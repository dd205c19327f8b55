import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { getSiteText } from '@/lib/content/store';
import { SITE_NAME } from '@/lib/site/site-config';

const { home } = getSiteText().pages;

export const alt = home.card.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return ogCard({ eyebrow: SITE_NAME, title: home.heading, summary: home.card.summary });
}
