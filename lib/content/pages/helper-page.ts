import { comparisonColumns } from '../comparison-columns';
import { evidenceRuleText } from '../evidence-rule-text';
import { getConditions, getGuides, getSiteText, getSources, getWarningSigns } from '../store';
import { sourceLabels } from '../../evidence/source-labels';
import { findingWords, toldLines } from '../../helper/answer-words';
import { decide, type Decision } from '../../helper/decision';
import {
  hasAnyAnswer,
  parseHelperQuery,
  type Answers,
  type HelperProblem,
  type RawQuery,
} from '../../helper/helper-query';
import { botherChoices, type BotherChoice } from '../../helper/helper-questions';
import type { EvidenceRuleText } from '../../schemas/evidence-rule';
import type { SiteText } from '../../schemas/site-text';
import type { HelperText } from '../../schemas/text/helper-text';
import { helperSigns, type WarningLibrary } from '../../schemas/warning-signs';

/** The words and data the helper's answer shows: everything HelperAnswer needs, as props. */
export interface HelperAnswerData {
  decision: Decision;
  /** "What you told us", in words. */
  told: string[];
  problems: HelperProblem[];
  text: HelperText;
  reminders: SiteText['reminders'];
  /** The one wording for "research findings, not a promise". */
  findingsDisclaimer: string;
  /** The evidence rule's words around a preference match (content/evidence-rule.yaml `helper`). */
  research: EvidenceRuleText['helper'];
  /** For each therapy of the chosen problem: its rating in words, and what that level means. */
  findingWords: Readonly<Record<string, { why: string; meaning: string }>>;
  /** Each urgency's action and advice, from content/warning-signs.yaml. */
  urgency: WarningLibrary['urgency'];
  sourceLabels: Readonly<Record<string, string>>;
}

export interface HelperPageData {
  text: HelperText;
  hints: SiteText['helperHints'];
  /** The guide on choosing, found by its topic so an editor can rename it freely. */
  guide: { url: string; title: string } | null;
  answers: Answers;
  botherChoices: BotherChoice[];
  warningChoices: { id: string; label: string }[];
  /** Null for the blank form: no answer, no problem and nothing asked. */
  answer: HelperAnswerData | null;
}

/** The title and description of the helper's page, for its metadata. */
export function helperPageMeta(): { title: string; description: string } {
  const { title, description } = getSiteText().helper;
  return { title, description };
}

function findingWordsFor(decision: Decision): HelperAnswerData['findingWords'] {
  if (decision.kind !== 'answer' || !decision.condition) return {};
  return findingWords(decision.condition, evidenceRuleText());
}

/** The one load of /which-is-right-for-me: the blank form (query = {}) or a link's answers. */
export function loadHelperPage(query: RawQuery): HelperPageData {
  const siteText = getSiteText();
  const text = siteText.helper;
  const conditions = getConditions();
  const choices = botherChoices(conditions, text.questions.bother.other);
  const warnings = getWarningSigns();
  const warningChoices = helperSigns(warnings).map(({ id, label }) => ({ id, label }));
  const { answers, problems } = parseHelperQuery(
    query,
    choices.map((choice) => choice.id),
    warningChoices.map((sign) => sign.id),
  );
  const guide = getGuides().find((candidate) => candidate.topics.includes('choosing'));
  const showAnswer = answers.asked || hasAnyAnswer(answers) || problems.length > 0;
  const labels = (list: readonly { id: string; label: string }[]) =>
    Object.fromEntries(list.map((choice) => [choice.id, choice.label]));
  const decision = decide(answers, comparisonColumns(), { warnings }, conditions);
  return {
    text,
    hints: siteText.helperHints,
    guide: guide ? { url: guide.url, title: guide.title } : null,
    answers,
    botherChoices: choices,
    warningChoices,
    answer: showAnswer
      ? {
          decision,
          told: toldLines(answers, text, {
            bother: labels(choices),
            warning: labels(warningChoices),
          }),
          problems,
          text,
          reminders: siteText.reminders,
          findingsDisclaimer: siteText.disclaimer.findings,
          research: evidenceRuleText().helper,
          findingWords: findingWordsFor(decision),
          urgency: warnings.urgency,
          sourceLabels: sourceLabels(getSources()),
        }
      : null,
  };
}
