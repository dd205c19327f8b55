import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { glossaryMeta, loadGlossaryPage } from '@/lib/content/pages/glossary';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { quoteAnchor } from '@/lib/site/paths';

export function generateMetadata(): Metadata {
  return pageMetadata(glossaryMeta());
}

type Term = ReturnType<typeof loadGlossaryPage>['terms'][number];
type Words = ReturnType<typeof loadGlossaryPage>['words'];

// "Also called" and the sources are lines of their own (<p>, styled as before), so they read, and
// are graded, as short lines after the definition rather than run on into its last sentence.
function GlossaryEntry({ term, words }: { term: Term; words: Words }) {
  return (
    <div
      id={term.id}
      className="anchor-target scroll-mt-4 rounded-lg border border-line bg-surface p-4"
    >
      <dt className="text-xl font-semibold">{term.term}</dt>
      <dd className="mt-1">
        {term.definition}
        {term.aliases && term.aliases.length > 0 && (
          <p className="mt-1 text-base text-muted">
            {words.alsoCalled} {term.aliases.join(', ')}
          </p>
        )}
        {term.links.length > 0 && (
          <p className="mt-1 text-base text-muted">
            {words.sources}{' '}
            {term.links.map(({ ref, title }, index) => (
              <span key={`${ref.source}--${ref.quote}`}>
                {index > 0 && ', '}
                <Link href={quoteAnchor(ref)} className="underline">
                  <cite>{title}</cite>
                </Link>
              </span>
            ))}
          </p>
        )}
      </dd>
    </div>
  );
}

export default function GlossaryPage() {
  const page = loadGlossaryPage();
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd data={page.jsonLd} />
      <Breadcrumbs trail={page.trail} label={page.words.breadcrumb} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.meta.title}</h1>
      <p className="mt-4 text-lg">{page.words.intro}</p>
      <dl className="mt-8 space-y-4">
        {page.terms.map((term) => (
          <GlossaryEntry key={term.id} term={term} words={page.words} />
        ))}
      </dl>
    </div>
  );
}
