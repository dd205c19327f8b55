import Link from 'next/link';
import type { Metadata } from 'next';
import { SearchForm } from '@/components/search/search-form';
import { getSiteText, getTherapies } from '@/lib/content/store';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">We can’t find that page</h1>
      <p className="mt-4">
        The address may be mistyped, or the page may have moved. These pages may help:
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>
          <Link href="/">Home: dry needling or acupuncture?</Link>
        </li>
        <li>
          <Link href="/compare">Compare the two side by side</Link>
        </li>
        <li>
          <Link href="/conditions">Compare for your problem (all health problems)</Link>
        </li>
        {getTherapies().map((therapy) => (
          <li key={therapy.slug}>
            <Link href={therapy.url}>{therapy.title}</Link>
          </li>
        ))}
      </ul>
      <SearchForm
        id="not-found-search"
        label="Or search the site"
        button={getSiteText().search.button}
        showLabel
        className="mt-6"
      />
    </div>
  );
}
