import Link from 'next/link';
import type { HelperAnswerData } from '@/lib/helper/helper-page-data';
import { questionText, quoteWithLabel } from '@/lib/helper/answer-words';
import type { Answered } from '@/lib/helper/decision';
import type { HelperText } from '@/lib/schemas/text/helper-text';
import { fillTemplate, fillText } from '@/lib/site/fill-template';
import { guidePath } from '@/lib/site/paths';
import { CareCard, type CareLevelWords } from '../mdx/care-card';
import { ProfileQuote } from '../evidence/profile-quote';
import { SourceLinks } from '../evidence/source-links';

type Labels = Readonly<Record<string, string>>;

/** The parts of the helper's answer below the verdict: other therapies, cautions, questions, the doctor. */

export function CautionList({
  cautions,
  sourceLabels,
  text,
  profileKind,
}: {
  /** What a quoted profile cell comes from, in its caption ("profile"). */
  profileKind: string;
  cautions: Answered['cautions'];
  sourceLabels: Labels;
  text: HelperText;
}) {
  if (cautions.length === 0) return null;
  return (
    <div className="mt-6" data-testid="helper-cautions">
      <h3 className="text-xl font-bold">{text.answer.cautionsHeading}</h3>
      <ul className="mt-2 space-y-4">
        {cautions.map((caution) => (
          <li key={caution.id}>
            <h4 className="font-bold">{text.questions.safety.choices[caution.id]}</h4>
            <ul className="space-y-2">
              {caution.notes.map((note) => (
                <li key={note.therapy}>
                  {note.quote ? (
                    <ProfileQuote
                      quote={quoteWithLabel(note.quote, text)}
                      therapy={note.therapy}
                      kind={profileKind}
                      sourceLabels={sourceLabels}
                    />
                  ) : (
                    <p className="my-2">
                      {fillText(text.answer.notListed, { therapy: note.therapy.toLowerCase() })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ProviderQuestions({
  questions,
  text,
}: {
  questions: Answered['questions'];
  text: HelperText;
}) {
  const lines = questions.map((question) => questionText(question, text));
  return (
    <div className="mt-6">
      <h3 className="text-xl font-bold">{text.answer.questionsHeading}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="helper-questions">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mt-2">
        {fillTemplate(text.answer.printedList, {
          link: (
            <a key="link" href={guidePath('questions-to-ask')}>
              {text.answer.printedListLink}
            </a>
          ),
        })}
      </p>
    </div>
  );
}

export function SeeDoctorCard({
  notes,
  reminders,
  sourceLabels,
  heading,
  levelWords,
}: {
  levelWords: CareLevelWords;
  notes: Answered['seeDoctor'];
  reminders: HelperAnswerData['reminders'];
  sourceLabels: Labels;
  heading: string;
}) {
  return (
    <CareCard level="non-urgent" levelWords={levelWords} title={heading} headingLevel={3}>
      <ul>
        {notes.map((id) => (
          <li key={id}>
            {reminders[id].text}{' '}
            <SourceLinks refs={reminders[id].cite ?? []} labels={sourceLabels} />
          </li>
        ))}
      </ul>
    </CareCard>
  );
}

export function OtherTherapies({ others, text }: { others: Answered['others']; text: HelperText }) {
  if (others.length === 0) return null;
  return (
    <p className="mt-4">
      {others.map((fit, index) => (
        <span key={fit.slug}>
          {index > 0 && ' '}
          {fillTemplate(text.answer.others, {
            therapy: (
              <a key="therapy" href={fit.url}>
                {fit.name}
              </a>
            ),
          })}
        </span>
      ))}{' '}
      <Link href="/compare">{text.answer.fullComparison}</Link>.
    </p>
  );
}
