import Link from 'next/link';
import { SearchForm } from '../search/search-form';

export interface SiteHeaderWords {
  siteName: string;
  /** The name screen readers give the main menu. */
  mainNav: string;
  search: string;
  searchButton: string;
  nav: readonly { href: string; label: string }[];
}

export function SiteHeader({ words }: { words: SiteHeaderWords }) {
  return (
    <header role="banner" className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:py-3">
        <Link href="/" className="text-xl font-bold text-brand no-underline">
          {words.siteName}
        </Link>
        <nav
          aria-label={words.mainNav}
          className="order-3 w-full sm:order-none sm:w-auto sm:flex-1"
        >
          <ul className="flex flex-wrap gap-x-4 gap-y-0 text-base">
            {words.nav.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-block py-0.5 sm:py-1">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm
          id="site-search"
          label={words.search}
          button={words.searchButton}
          className="flex-nowrap"
        />
      </div>
    </header>
  );
}
