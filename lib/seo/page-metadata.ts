import type { Metadata } from 'next';
import { SITE_NAME } from '../site/site-config';

/**
 * Title, description, canonical address and sharing cards for one page. The image itself comes
 * from the route's `opengraph-image.tsx`, which Next adds to both cards.
 */
export function pageMetadata(page: {
  title: string;
  description: string;
  path: string;
  type?: 'article' | 'website';
  modifiedTime?: string;
}): Metadata {
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: page.path },
    openGraph: {
      type: page.type ?? 'website',
      siteName: SITE_NAME,
      locale: 'en_US',
      title: page.title,
      description: page.description,
      url: page.path,
      ...(page.type === 'article' && page.modifiedTime ? { modifiedTime: page.modifiedTime } : {}),
    },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description },
  };
}
