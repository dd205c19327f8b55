import Link from 'next/link';
import type { Metadata } from 'next';
import { SearchForm } from '@/components/search/search-form';
import { loadNotFoundPage } from '@/lib/content/pages/not-found';

export function generateMetadata(): Metadata {
  return { title: loadNotFoundPage().words.title };
}

export default function NotFound() {
  const { words, therapies, searchButton } = loadNotFoundPage();
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
