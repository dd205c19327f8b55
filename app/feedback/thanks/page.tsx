import Link from 'next/link';
import type { Metadata } from 'next';
import { loadFeedbackWords } from '@/lib/content/pages/feedback';
import { isFeedbackPage } from '@/lib/feedback/pages';

export function generateMetadata(): Metadata {
  return { title: loadFeedbackWords().thanksHeading, robots: { index: false, follow: true } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where the feedback form lands without JavaScript (a 303 from POST /api/feedback). */
export default async function FeedbackThanksPage({ searchParams }: { searchParams: SearchParams }) {
  const page = (await searchParams).page;
  // Only a page the site knows is linked: the query string must not become an open redirect.
  const back = typeof page === 'string' && isFeedbackPage(page) ? page : null;
  const words = loadFeedbackWords();
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{words.thanksHeading}</h1>
      <p className="mt-4 text-lg">{words.thanksBody}</p>
      <p className="mt-6 text-lg">
        {back ? (
          <Link href={back} className="underline" data-testid="feedback-back">
            {words.backToPage}
          </Link>
        ) : (
          <Link href="/" className="underline" data-testid="feedback-back">
            {words.backHome}
          </Link>
        )}
      </p>
    </div>
  );
}
