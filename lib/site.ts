import { parseSiteUrl } from './site-url';

/**
 * One configured site URL: canonical links, the sitemap and structured data all derive from it.
 * next.config.ts checks it when the build starts and fixes it into the build.
 */
export const SITE_URL = parseSiteUrl(process.env.SITE_URL);
export const SITE_NAME = 'Needlewise';
export const SITE_TAGLINE =
  'Dry needling and acupuncture, explained and compared in plain language';

export const absoluteUrl = (path: string) =>
  `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;

export const NAV_LINKS = [
  { href: '/compare', label: 'Compare' },
  { href: '/therapies/dry-needling', label: 'Dry needling' },
  { href: '/therapies/acupuncture', label: 'Acupuncture' },
  { href: '/which-is-right-for-me', label: 'Which is right for me?' },
  { href: '/glossary', label: 'Glossary' },
] as const;

export const formatDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** Where readers report mistakes: an inbox on the site's own domain, so it moves with SITE_URL. */
export const CORRECTIONS_EMAIL =
  process.env.CORRECTIONS_EMAIL ?? `corrections@${new URL(SITE_URL).hostname}`;
