import Link from 'next/link';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { HelperAnswer } from '@/components/helper/helper-answer';
import { HelperForm } from '@/components/helper/helper-form';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import {
  getConditions,
  getGuides,
  getSiteText,
  getSources,
  getWarningSigns,
} from '@/lib/content/store';
import { sourceLabels } from '@/lib/evidence/source-labels';
import { decide, describeAnswers } from '@/lib/helper/decision';
import { hasAnyAnswer, parseHelperQuery, type RawQuery } from '@/lib/helper/helper-query';
import { botherChoices } from '@/lib/helper/helper-questions';
import { HELPER_PATH } from '@/lib/site/paths';
import { helperSigns } from '@/lib/schemas/warning-signs';

export const HELPER_TITLE = 'Which is right for me?';
export const HELPER_DESCRIPTION =
  'Answer a few short questions to see whether dry needling or acupuncture fits what you need, what to ask a provider, and when to see a doctor first.';

function Intro() {
  // The guide on choosing, found by its topic so an editor can rename it freely.
  const guide = getGuides().find((candidate) => candidate.topics.includes('choosing'));
  return (
    <>
      <p className="mt-3 text-lg">
        Answer a few short questions. We will show which therapy matches what you tell us and why,
        what to ask a provider, and when to see a doctor first. This is not a diagnosis and it
        cannot tell you what will work for you.
      </p>
      <p className="mt-2 text-base text-muted">
        Your answers go into the web address, so you can bookmark or share the result. We do not
        store them.
      </p>
      {guide && (
        <p className="mt-2 text-base">
          Would you rather read it through? Our guide{' '}
          <Link href={guide.url} className="underline">
            {guide.title}
          </Link>{' '}
          walks through the same choice.
        </p>
      )}
    </>
  );
}

/** The decision helper, for the blank form (query = {}) and for a link's answers alike. */
export function HelperPage({ query }: { query: RawQuery }) {
  const columns = comparisonColumns();
  const conditions = getConditions();
  const choices = botherChoices(conditions);
  const text = getSiteText();
  const warnings = getWarningSigns();
  const warningChoices = helperSigns(warnings);
  const { answers, problems } = parseHelperQuery(
    query,
    choices.map((choice) => choice.id),
    warningChoices.map((sign) => sign.id),
  );
  const showAnswer = answers.asked || hasAnyAnswer(answers) || problems.length > 0;
  const labelOf = (id: string) => choices.find((choice) => choice.id === id)?.label ?? id;

  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{HELPER_TITLE}</h1>
      {/* With an answer, it comes straight after the title so a warning card is seen first on a phone. */}
      {!showAnswer && <Intro />}
      {showAnswer && (
        <HelperAnswer
          decision={decide(answers, columns, { ...text, warnings }, conditions)}
          told={describeAnswers(answers, labelOf, warningChoices)}
          urgency={warnings.urgency}
          problems={problems}
          sourceLabels={sourceLabels(getSources())}
        />
      )}
      <section aria-labelledby="helper-questions" className="mt-10">
        <h2 id="helper-questions" className="text-2xl font-bold">
          {showAnswer ? 'Change your answers' : 'Your answers'}
        </h2>
        {showAnswer && <Intro />}
        <p className="mt-2 text-base text-muted">Every question is optional.</p>
        <HelperForm
          action={HELPER_PATH}
          answers={answers}
          botherChoices={choices}
          warningChoices={warningChoices}
          hints={text.helperHints}
        />
      </section>
      <FeedbackForm path={HELPER_PATH} />
    </div>
  );
}
