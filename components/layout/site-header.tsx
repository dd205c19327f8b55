import Link from 'next/link';
import { NAV_LINKS, SITE_NAME } from '@/lib/site/site-config';
import { SearchForm } from '../search/search-form';

/** `searchButton`: the search button's word, loaded by app/layout.tsx. */
export function SiteHeader({ searchButton }: { searchButton: string }) {
  return (
    <header role="banner" className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:py-3">
        <Link href="/" className="text-xl font-bold text-brand no-underline">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-0 text-base">
            {NAV_LINKS.map((link) => (
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
          label="Search the site"
          button={searchButton}
          className="flex-nowrap"
        />
      </div>
    </header>
  );
}
