import { parseSiteUrl } from './site-url';

/**
 * One configured site URL: canonical links, the sitemap and structured data all derive from it.
 * next.config.ts checks it when the build starts and fixes it into the build.
 */
export const SITE_URL = parseSiteUrl(process.env.SITE_URL);
/** The site's proper name, in titles, cards and structured data. Its tagline is in content/. */
export const SITE_NAME = 'Needlewise';

export const absoluteUrl = (path: string) =>
  `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;

/** The main menu, in order; each key names its label in content/site-text.yaml (pages.chrome.nav). */
export const NAV_LINKS = [
  { href: '/compare', key: 'compare' },
  { href: '/conditions', key: 'conditions' },
  { href: '/therapies/dry-needling', key: 'dryNeedling' },
  { href: '/therapies/acupuncture', key: 'acupuncture' },
  { href: '/which-is-right-for-me', key: 'helper' },
  { href: '/glossary', key: 'glossary' },
] as const;

export const formatDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });

// Names no mail can reach: reserved for examples and tests (RFC 2606, RFC 6761) or local only.
const UNDELIVERABLE = [
  /\.(example|test|invalid|localhost|local)$/i,
  /(^|\.)example\.(com|net|org)$/i,
];

/**
 * Where readers report mistakes: CORRECTIONS_EMAIL if set, else an inbox on the site's own domain,
 * so it moves with SITE_URL. Null when that address could never receive mail (localhost, an IP
 * address, an example domain): the page then says there is no inbox rather than show a fake one.
 */
export function correctionsMailbox(siteUrl: string, configured?: string): string | null {
  const address = configured?.trim() || `corrections@${new URL(siteUrl).hostname}`;
  const [local = '', domain = '', ...rest] = address.split('@');
  const isIp = /^[\d.]+$/.test(domain) || domain.startsWith('[');
  const usable =
    local.length > 0 &&
    rest.length === 0 &&
    domain.includes('.') &&
    !isIp &&
    !UNDELIVERABLE.some((pattern) => pattern.test(domain));
  return usable ? address : null;
}

export const CORRECTIONS_EMAIL = correctionsMailbox(SITE_URL, process.env.CORRECTIONS_EMAIL);
