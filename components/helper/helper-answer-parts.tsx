import type { HelperAnswerData } from '@/lib/helper/helper-page-data';
import { joinList, problemText, quoteWithLabel, reasonText } from '@/lib/helper/answer-words';
import type { Answered, CareAdvice, TherapyFit } from '@/lib/helper/decision';
import type { HelperText } from '@/lib/schemas/text/helper-text';
import { fillText } from '@/lib/site/fill-template';
import { CARE_STYLE, warningSetRefs, type WarningLibrary } from '@/lib/schemas/warning-signs';
import { CareCard, type CareLevelWords } from '../mdx/care-card';
import { CitedPassage } from '../evidence/cited-passage';
import { ProfileQuote } from '../evidence/profile-quote';

type Labels = Readonly<Record<string, string>>;

/** The parts of the helper's answer above its advice: the care card, what we heard, the verdict. */

export function WarningCard({
  care,
  urgency,
  sourceLabels,
  toldUs,
  levelWords,
}: {
  levelWords: CareLevelWords;
  care: CareAdvice;
  urgency: WarningLibrary['urgency'];
  sourceLabels: Labels;
  toldUs: string;
}) {
  const level = urgency[care.urgency];
  return (
    <CareCard
      level={CARE_STYLE[care.urgency]}
      levelWords={levelWords}
      title={level.action}
      headingLevel={3}
    >
      <p>
        {toldUs} <strong>{care.signs.map((sign) => sign.label.toLowerCase()).join(', ')}</strong>.
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

export function FitDetails({
  fit,
  sourceLabels,
  open,
  text,
  profileKind,
}: {
  /** What a quoted profile cell comes from, in its caption ("profile"). */
  profileKind: string;
  fit: TherapyFit;
  sourceLabels: Labels;
  open: boolean;
  text: HelperText;
}) {
  return (
    <li className="rounded-md border border-line bg-surface p-4">
      <h4 className="text-xl font-bold">
        <a href={fit.url}>{fit.name}</a>
      </h4>
      {open ? (
        <ProfileQuote
          quote={quoteWithLabel(fit.focus, text)}
          therapy={fit.name}
          kind={profileKind}
          sourceLabels={sourceLabels}
        />
      ) : (
        <ul className="mt-2 space-y-3">
          {fit.reasons.map((reason) => (
            <li key={reason.rule}>
              <p>{reasonText(reason, fit.name, text)}</p>
              <ProfileQuote
                quote={quoteWithLabel(reason.quote, text)}
                therapy={fit.name}
                kind={profileKind}
                sourceLabels={sourceLabels}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The verdict in words. With a problem chosen, a match is a match of preferences, never "fits best". */
export function verdictText(
  decision: Answered,
  text: HelperText,
  research: HelperAnswerData['research'],
): string {
  const names = decision.fits.map((fit) => fit.name);
  if (decision.preferenceVerdict) {
    return names.length === 1
      ? fillText(research.matches, { therapy: names[0] ?? '' })
      : fillText(research.severalMatch, { therapies: names.join(', ') });
  }
  const words = text.answer.verdict;
  if (decision.verdict === 'one') return fillText(words.one, { therapy: names[0] ?? '' });
  if (decision.verdict === 'several') {
    return fillText(words.several, { therapies: joinList(names, text.answer.and) });
  }
  return words.open;
}

export function AnswerProblems({ problems, text }: Pick<HelperAnswerData, 'problems' | 'text'>) {
  if (problems.length === 0) return null;
  const lines = problems.map((problem) => problemText(problem, text));
  return (
    <div
      className="my-4 rounded-md border-2 border-info-line bg-info-bg p-4"
      data-testid="helper-problems"
    >
      <h3 className="text-lg font-bold">{text.problems.heading}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {lines.map((line, index) => (
          // The same words can come twice (two damaged answers to one question), as the link had them.
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export function ToldUs({ told, heading }: { told: string[]; heading: string }) {
  return (
    <div className="mt-4">
      <h3 className="text-lg font-bold">{heading}</h3>
      <ul className="mt-1 list-disc pl-5">
        {told.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** Beside a "matches your preferences" verdict: that therapy's rating for the chosen problem. */
export function VerdictResearch({
  verdict,
  findingWords,
  caveat,
}: {
  verdict: Answered['preferenceVerdict'];
  findingWords: HelperAnswerData['findingWords'];
  caveat: string;
}) {
  if (!verdict) return null;
  return (
    <div className="mt-2" data-testid="helper-verdict-research">
      {verdict.fits.map((finding) => (
        <p key={finding.slug} className="font-semibold">
          {findingWords[finding.slug]?.why}
        </p>
      ))}
      <p>{caveat}</p>
    </div>
  );
}
