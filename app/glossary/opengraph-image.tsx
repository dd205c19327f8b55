import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/components/seo/og-card';
import { GLOSSARY_PAGE } from '@/lib/site/static-pages';

export const alt = 'Needlewise: the page title and summary on a plain card';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return ogCard({
    eyebrow: 'Glossary',
    title: GLOSSARY_PAGE.title,
    summary: GLOSSARY_PAGE.description,
  });
}
