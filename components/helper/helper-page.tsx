import type { ReactNode } from 'react';
import type { FeedbackFormWords } from '@/lib/content/pages/feedback';
import Link from 'next/link';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { HelperAnswer } from '@/components/helper/helper-answer';
import { HelperForm } from '@/components/helper/helper-form';
import type { HelperPageData } from '@/lib/helper/helper-page-data';
import { fillTemplate } from '@/lib/site/fill-template';
import { HELPER_PATH } from '@/lib/site/paths';

function Intro({ text, guide }: Pick<HelperPageData, 'text' | 'guide'>) {
  return (
    <>
      <p className="mt-3 text-lg">{text.intro.lead}</p>
      <p className="mt-2 text-base text-muted">{text.intro.privacy}</p>
      {guide && (
        <p className="mt-2 text-base">
          {fillTemplate(text.intro.guide, {
            guide: (
              <Link key="guide" href={guide.url} className="underline">
                {guide.title}
              </Link>
            ),
          })}
        </p>
      )}
    </>
  );
}

/**
 * The decision helper, for the blank form and for a link's answers alike. The page's words and
 * data come in one object from `loadHelperPage` (lib/content/pages/helper-page.ts).
 */
export function HelperPage({
  page,
  feedbackFields,
}: {
  page: HelperPageData & { feedback: FeedbackFormWords };
  /** The feedback form's fields (FeedbackFields), as a static part. */
  feedbackFields: ReactNode;
}) {
  const { text, answer } = page;
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{text.title}</h1>
      {/* With an answer, it comes straight after the title so a warning card is seen first on a phone. */}
      {!answer && <Intro text={text} guide={page.guide} />}
      {answer && <HelperAnswer {...answer} />}
      <section aria-labelledby="helper-questions" className="mt-10">
        <h2 id="helper-questions" className="text-2xl font-bold">
          {answer ? text.form.headingAgain : text.form.heading}
        </h2>
        {answer && <Intro text={text} guide={page.guide} />}
        <p className="mt-2 text-base text-muted">{text.form.optional}</p>
        <HelperForm
          action={HELPER_PATH}
          answers={page.answers}
          botherChoices={page.botherChoices}
          warningChoices={page.warningChoices}
          hints={page.hints}
          text={text}
        />
      </section>
      <FeedbackForm words={page.feedback} fields={feedbackFields} />
    </div>
  );
}
