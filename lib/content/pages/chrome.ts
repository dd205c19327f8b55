import { getSiteText } from '../store';
import { CHANGES_PATH } from '../../changes/change-lists';
import { NAV_LINKS, SITE_NAME } from '../../site/site-config';

/** The words of the frame around every page, for app/layout.tsx: skip link, header, footer. */
export function loadChrome() {
  const text = getSiteText();
  const { chrome } = text.pages;
  return {
    /** The title of a page that gives none of its own (the home page): the name and the tagline. */
    title: `${SITE_NAME}: ${text.interface.tagline}`,
    description: chrome.siteDescription,
    skipLink: chrome.skipLink,
    header: {
      siteName: SITE_NAME,
      mainNav: chrome.mainNav,
      search: chrome.search,
      searchButton: text.search.button,
      nav: NAV_LINKS.map((link) => ({ href: link.href, label: chrome.nav[link.key] })),
    },
    /**
     * Words for the page's one citation controller: citation numbers, folds and the labels inside
     * tables and boxes of every kind, and the print and share buttons. Only these: they travel in
     * every page's React payload.
     */
    evidence: {
      cite: text.evidence.cite,
      sourcesSay: text.evidence.sourcesSay,
      printedSources: text.evidence.printedSources,
      sourceLinks: text.evidence.sourceLinks,
      pageTools: text.evidence.pageTools,
    },
    footer: {
      disclaimer: text.disclaimer.short,
      noTracking: chrome.noTracking,
      footerNav: chrome.footerNav,
      links: [
        { href: '/about', label: chrome.footerLinks.about },
        { href: '/sources', label: chrome.footerLinks.sources },
        { href: '/glossary', label: chrome.footerLinks.glossary },
        { href: CHANGES_PATH, label: text.changeLog.footerLink },
      ],
    },
  };
}

/**
 * The words of every sharing card: the site's name (a proper name, so it stays in
 * lib/site/site-config.ts) and tagline at its foot, the alt text, and the eyebrows of articles.
 */
export function cardWords() {
  const text = getSiteText();
  return {
    siteName: SITE_NAME,
    tagline: text.interface.tagline,
    alt: text.pages.chrome.cardAlt,
    eyebrow: {
      therapy: text.evidence.article.therapyEyebrow,
      guide: text.evidence.article.guideEyebrow,
    },
  };
}

/** The name screen readers give a breadcrumb trail, and the name of its first step. */
export function breadcrumbWords() {
  const { chrome } = getSiteText().pages;
  return { label: chrome.breadcrumb, home: chrome.home };
}
