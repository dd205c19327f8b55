import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';

export const alt =
  'Needlewise: dry needling and acupuncture, explained and compared in plain language';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return ogCard({
    eyebrow: 'Needlewise',
    title: 'Dry needling or acupuncture?',
    summary: 'Plain answers, side by side, with every health fact linked to its source.',
  });
}
