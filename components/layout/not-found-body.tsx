import Link from 'next/link';
import { SearchForm } from '../search/search-form';
import type { NotFoundPageData } from '@/lib/content/pages/not-found';

/**
 * What a reader sees at an address we do not have: where to go instead, and a search box.
 * app/not-found.tsx sends it as a static part (app/_static/), so the React payload of every page
 * (which carries the not-found view, ready for a client-side 404) carries only its name.
 */
export function NotFoundBody({ page }: { page: NotFoundPageData }) {
  const { words, therapies, searchButton } = page;
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">{words.heading}</h1>
      <p className="mt-4">{words.intro}</p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>
          <Link href="/">{words.home}</Link>
        </li>
        <li>
          <Link href="/compare">{words.compare}</Link>
        </li>
        <li>
          <Link href="/conditions">{words.conditions}</Link>
        </li>
        {therapies.map((therapy) => (
          <li key={therapy.slug}>
            <Link href={therapy.url}>{therapy.title}</Link>
          </li>
        ))}
      </ul>
      <SearchForm
        id="not-found-search"
        label={words.search}
        button={searchButton}
        showLabel
        className="mt-6"
      />
    </div>
  );
}
