import Link from 'next/link';
import type { CareAdvice, Decision, TherapyFit } from '@/lib/helper/decision';
import { ANSWER_HEADING_ID } from '@/lib/helper/helper-questions';
import { guidePath } from '@/lib/site/paths';
import { CARE_STYLE, warningSetRefs, type WarningLibrary } from '@/lib/schemas/warning-signs';
import { CareCard } from '../mdx/care-card';
import { HelperConditionFindings } from './helper-condition-findings';
import { WarningSignCards } from '../conditions/warning-sign-cards';
import { CitedPassage } from '../evidence/cited-passage';
import { ProfileQuote } from '../evidence/profile-quote';
import { SourceLinks } from '../evidence/source-links';

type Labels = Readonly<Record<string, string>>;

const list = (names: string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

function WarningCard({
  care,
  urgency,
  sourceLabels,
}: {
  care: CareAdvice;
  urgency: WarningLibrary['urgency'];
  sourceLabels: Labels;
}) {
  const level = urgency[care.urgency];
  return (
    <CareCard level={CARE_STYLE[care.urgency]} title={level.action} headingLevel={3}>
      <p>
        You told us about:{' '}
        <strong>{care.signs.map((sign) => sign.label.toLowerCase()).join(', ')}</strong>.
      </p>
      {care.sets.map((set) => (
        <CitedPassage
          key={set.id}
          passage={{
            text: set.intro ? `${set.title}. ${set.intro.text}` : `${set.title}.`,
            cite: warningSetRefs({ signs: set.signs, intro: set.intro }),
          }}
          labels={sourceLabels}
          className=""
          sourceClassName="block text-base"
        />
      ))}
      <p>{level.advice}</p>
    </CareCard>
  );
}

function FitDetails({
  fit,
  sourceLabels,
  open,
}: {
  fit: TherapyFit;
  sourceLabels: Labels;
  open: boolean;
}) {
  return (
    <li className="rounded-md border border-line bg-surface p-4">
      <h4 className="text-xl font-bold">
        <a href={fit.url}>{fit.name}</a>
      </h4>
      {open ? (
        <ProfileQuote quote={fit.focus} therapy={fit.name} sourceLabels={sourceLabels} />
      ) : (
        <ul className="mt-2 space-y-3">
          {fit.reasons.map((reason) => (
            <li key={reason.rule}>
              <p>{reason.why}</p>
              <ProfileQuote quote={reason.quote} therapy={fit.name} sourceLabels={sourceLabels} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Verdict({ decision }: { decision: Extract<Decision, { kind: 'answer' }> }) {
  // With a problem chosen, a match is a match of preferences, never "fits best".
  if (decision.preferenceVerdict) return <>{decision.preferenceVerdict.heading}</>;
  const names = decision.fits.map((fit) => fit.name);
  if (decision.verdict === 'one') return <>{names[0]} fits what you told us best</>;
  if (decision.verdict === 'several') return <>{list(names)} each fit part of what you told us</>;
  return <>Your answers do not point to one therapy</>;
}

type Answered = Extract<Decision, { kind: 'answer' }>;

function AnswerProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div
      className="my-4 rounded-md border-2 border-info-line bg-info-bg p-4"
      data-testid="helper-problems"
    >
      <h3 className="text-lg font-bold">Some answers in the link could not be used</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

function CautionList({
  cautions,
  sourceLabels,
}: {
  cautions: Answered['cautions'];
  sourceLabels: Labels;
}) {
  if (cautions.length === 0) return null;
  return (
    <div className="mt-6" data-testid="helper-cautions">
      <h3 className="text-xl font-bold">Tell the practitioner first</h3>
      <ul className="mt-2 space-y-4">
        {cautions.map((caution) => (
          <li key={caution.id}>
            <h4 className="font-bold">{caution.label}</h4>
            <ul className="space-y-2">
              {caution.notes.map((note) => (
                <li key={note.therapy}>
                  {note.quote ? (
                    <ProfileQuote
                      quote={note.quote}
                      therapy={note.therapy}
                      sourceLabels={sourceLabels}
                    />
                  ) : (
                    <p className="my-2">
                      Our {note.therapy.toLowerCase()} profile does not list this. Tell the
                      practitioner anyway.
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

function ProviderQuestions({ questions }: { questions: Answered['questions'] }) {
  return (
    <div className="mt-6">
      <h3 className="text-xl font-bold">Questions to ask the provider</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="helper-questions">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <p className="mt-2">
        For a full list you can print, see{' '}
        <a href={guidePath('questions-to-ask')}>questions to ask before you book</a>.
      </p>
    </div>
  );
}

function SeeDoctorCard({
  notes,
  sourceLabels,
}: {
  notes: Answered['seeDoctor'];
  sourceLabels: Labels;
}) {
  return (
    <CareCard level="non-urgent" title="When to see a doctor first" headingLevel={3}>
      <ul>
        {notes.map((note) => (
          <li key={note.text}>
            {note.text} <SourceLinks refs={note.cite ?? []} labels={sourceLabels} />
          </li>
        ))}
      </ul>
    </CareCard>
  );
}

function OtherTherapies({ others }: { others: Answered['others'] }) {
  if (others.length === 0) return null;
  return (
    <p className="mt-4">
      {others.map((fit, index) => (
        <span key={fit.slug}>
          {index > 0 && ' '}
          <a href={fit.url}>{fit.name}</a> did not match your answers, but you can still read about
          it.
        </span>
      ))}{' '}
      <Link href="/compare">See the full comparison</Link>.
    </p>
  );
}

function ToldUs({ told }: { told: string[] }) {
  return (
    <div className="mt-4">
      <h3 className="text-lg font-bold">What you told us</h3>
      <ul className="mt-1 list-disc pl-5">
        {told.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** Beside a "matches your preferences" verdict: that therapy's rating for the chosen problem. */
function VerdictResearch({ verdict }: { verdict: Answered['preferenceVerdict'] }) {
  if (!verdict) return null;
  return (
    <div className="mt-2" data-testid="helper-verdict-research">
      {verdict.ratings.map((line) => (
        <p key={line} className="font-semibold">
          {line}
        </p>
      ))}
      <p>{verdict.caveat}</p>
    </div>
  );
}

/** The helper's answer, rendered on the server from `decide()`. */
export function HelperAnswer({
  decision,
  told,
  problems,
  sourceLabels,
  urgency,
}: {
  decision: Decision;
  /** Each urgency's action and advice, from content/warning-signs.yaml. */
  urgency: WarningLibrary['urgency'];
  /** "What you told us", in words. */
  told: string[];
  problems: string[];
  sourceLabels: Labels;
}) {
  return (
    <section
      aria-labelledby={ANSWER_HEADING_ID}
      className="mt-8 [&_a]:underline"
      data-testid="helper-answer"
    >
      <h2 id={ANSWER_HEADING_ID} tabIndex={-1} className="text-2xl font-bold">
        Your answer
      </h2>
      {decision.kind === 'answer' && decision.care && (
        <WarningCard care={decision.care} urgency={urgency} sourceLabels={sourceLabels} />
      )}
      {decision.kind === 'answer' && decision.condition && (
        <div data-testid="helper-red-flags">
          <p className="mt-4 font-semibold">
            Warning signs for {decision.condition.name.toLowerCase()}:
          </p>
          <WarningSignCards
            sets={decision.condition.warningSets}
            urgency={urgency}
            labels={sourceLabels}
            headingLevel={3}
          />
        </div>
      )}
      <AnswerProblems problems={problems} />
      {decision.kind === 'prompt' ? (
        <p className="mt-4 text-lg" data-testid="helper-prompt">
          You have not chosen any answers yet. That is fine: pick the ones that fit you in the form
          below, then press “Show my answer”. Even one answer helps.
        </p>
      ) : (
        <>
          <ToldUs told={told} />

          {decision.condition && (
            <HelperConditionFindings condition={decision.condition} sourceLabels={sourceLabels} />
          )}

          <h3 className="mt-6 text-xl font-bold" data-testid="helper-verdict">
            <Verdict decision={decision} />
          </h3>
          <VerdictResearch verdict={decision.preferenceVerdict} />
          <p className="mt-2">
            This is not a diagnosis, and no one can promise that a treatment will work for you. It
            shows which therapy matches your answers, quoting our therapy profiles and their
            sources.
          </p>
          <ul className="mt-4 space-y-4">
            {decision.fits.map((fit) => (
              <FitDetails
                key={fit.slug}
                fit={fit}
                sourceLabels={sourceLabels}
                open={decision.verdict === 'open'}
              />
            ))}
          </ul>
          <OtherTherapies others={decision.others} />

          <CautionList cautions={decision.cautions} sourceLabels={sourceLabels} />

          <ProviderQuestions questions={decision.questions} />
          <SeeDoctorCard notes={decision.seeDoctor} sourceLabels={sourceLabels} />
        </>
      )}
    </section>
  );
}
