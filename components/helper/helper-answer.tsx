import type { HelperAnswerData } from '@/lib/helper/helper-page-data';
import type { Answered } from '@/lib/helper/decision';
import { ANSWER_HEADING_ID } from '@/lib/helper/answer-heading';
import { fillText } from '@/lib/site/fill-template';
import { WarningSignCards } from '../conditions/warning-sign-cards';
import { CautionList, OtherTherapies, ProviderQuestions, SeeDoctorCard } from './helper-advice';
import {
  AnswerProblems,
  FitDetails,
  ToldUs,
  VerdictResearch,
  WarningCard,
  verdictText,
} from './helper-answer-parts';
import { HelperConditionFindings } from './helper-condition-findings';

/** The problem's own warning signs, shown with the helper's care card. */
function ConditionWarnings({
  decision,
  urgency,
  sourceLabels,
  sourcesLead,
  text,
  labels,
}: Pick<HelperAnswerData, 'urgency' | 'sourceLabels' | 'sourcesLead' | 'text' | 'labels'> & {
  decision: Answered;
}) {
  if (!decision.condition) return null;
  return (
    <div data-testid="helper-red-flags">
      <p className="mt-4 font-semibold">
        {fillText(text.answer.conditionWarnings, {
          condition: decision.condition.name.toLowerCase(),
        })}
      </p>
      <WarningSignCards
        sets={decision.condition.warningSets}
        urgency={urgency}
        labels={sourceLabels}
        sourcesLead={sourcesLead}
        levelWords={labels.careLevels}
        headingLevel={3}
      />
    </div>
  );
}

/** What the answer says once anything was answered: findings, verdict, fits and advice. */
function AnswerBody(props: HelperAnswerData & { decision: Answered }) {
  const { decision, text, sourceLabels } = props;
  return (
    <>
      <ToldUs told={props.told} heading={text.answer.toldHeading} />
      {decision.condition && (
        <HelperConditionFindings
          condition={decision.condition}
          sourceLabels={sourceLabels}
          text={text.findings}
          disclaimer={props.findingsDisclaimer}
          findingWords={props.findingWords}
          rule={props.rule}
        />
      )}
      <h3 className="mt-6 text-xl font-bold" data-testid="helper-verdict">
        {verdictText(decision, text, props.research)}
      </h3>
      <VerdictResearch
        verdict={decision.preferenceVerdict}
        findingWords={props.findingWords}
        caveat={props.research.notAnswer}
      />
      <p className="mt-2">{text.answer.notDiagnosis}</p>
      <ul className="mt-4 space-y-4">
        {decision.fits.map((fit) => (
          <FitDetails
            key={fit.slug}
            fit={fit}
            sourceLabels={sourceLabels}
            open={decision.verdict === 'open'}
            text={text}
            profileKind={props.labels.profileQuote}
          />
        ))}
      </ul>
      <OtherTherapies others={decision.others} text={text} />
      <CautionList
        cautions={decision.cautions}
        sourceLabels={sourceLabels}
        text={text}
        profileKind={props.labels.profileQuote}
      />
      <ProviderQuestions questions={decision.questions} text={text} />
      <SeeDoctorCard
        notes={decision.seeDoctor}
        reminders={props.reminders}
        sourceLabels={sourceLabels}
        heading={text.answer.seeDoctorHeading}
        levelWords={props.labels.careLevels}
      />
    </>
  );
}

/** The helper's answer, rendered on the server from `decide()` and the words of content. */
export function HelperAnswer(props: HelperAnswerData) {
  const { decision, text, urgency, sourceLabels } = props;
  return (
    <section
      aria-labelledby={ANSWER_HEADING_ID}
      className="mt-8 [&_a]:underline"
      data-testid="helper-answer"
    >
      <h2 id={ANSWER_HEADING_ID} tabIndex={-1} className="text-2xl font-bold">
        {text.answer.heading}
      </h2>
      {decision.kind === 'answer' && decision.care && (
        <WarningCard
          care={decision.care}
          urgency={urgency}
          sourceLabels={sourceLabels}
          toldUs={text.answer.careToldUs}
          levelWords={props.labels.careLevels}
        />
      )}
      {decision.kind === 'answer' && (
        <ConditionWarnings
          decision={decision}
          urgency={urgency}
          sourceLabels={sourceLabels}
          sourcesLead={props.sourcesLead}
          text={text}
          labels={props.labels}
        />
      )}
      <AnswerProblems problems={props.problems} text={text} />
      {decision.kind === 'prompt' ? (
        <p className="mt-4 text-lg" data-testid="helper-prompt">
          {text.answer.prompt}
        </p>
      ) : (
        <AnswerBody {...props} decision={decision} />
      )}
    </section>
  );
}
