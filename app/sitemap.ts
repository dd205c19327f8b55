import type { MetadataRoute } from 'next';
import { allRoutes } from '@/lib/content/sitemap-routes';
import { absoluteUrl } from '@/lib/site/site-config';

export default function sitemap(): MetadataRoute.Sitemap {
  return allRoutes().map((route) => ({
    url: absoluteUrl(route.path),
    ...(route.lastModified ? { lastModified: route.lastModified } : {}),
  }));
}
