import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { ABOUT_PAGE } from '@/lib/site/static-pages';

export const alt = 'Needlewise: the page title and summary on a plain card';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return ogCard({ eyebrow: 'About', title: ABOUT_PAGE.title, summary: ABOUT_PAGE.description });
}
