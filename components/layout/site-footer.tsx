import Link from 'next/link';

export interface SiteFooterWords {
  disclaimer: string;
  noTracking: string;
  /** The name screen readers give the footer's links. */
  footerNav: string;
  links: readonly { href: string; label: string }[];
}

export function SiteFooter({ words }: { words: SiteFooterWords }) {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8 text-base text-muted">
        <p className="text-ink">{words.disclaimer}</p>
        <p>{words.noTracking}</p>
        <nav aria-label={words.footerNav}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {words.links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
