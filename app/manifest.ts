import type { MetadataRoute } from 'next';
import { getSiteText } from '@/lib/content/store';
import { SITE_NAME } from '@/lib/site/site-config';

// Made with the site from content/site-text.yaml (`interface.manifest`), so its words are edited
// with the others. Not given a version in its address: Next serves it revalidating, so a change
// reaches phones with the next deploy.
export default function manifest(): MetadataRoute.Manifest {
  const words = getSiteText().interface.manifest;
  return {
    name: words.name,
    short_name: SITE_NAME,
    description: words.description,
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'browser',
    background_color: '#fbfaf7',
    theme_color: '#0f5c55',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icons/needlewise-v1-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icons/needlewise-v1-512.png', type: 'image/png', sizes: '512x512' },
      {
        src: '/icons/needlewise-maskable-v1-512.png',
        type: 'image/png',
        sizes: '512x512',
        purpose: 'maskable',
      },
    ],
  };
}
