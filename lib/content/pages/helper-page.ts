import { feedbackFormWords, type FeedbackFormWords } from './feedback';
import { comparisonColumns } from '../comparison-columns';
import { evidenceRuleText } from '../evidence-rule-text';
import { getConditions, getGuides, getSiteText, getSources, getWarningSigns } from '../store';
import { sourceLabels } from '../../evidence/source-labels';
import { findingWords, toldLines } from '../../helper/answer-words';
import { decide, type Decision } from '../../helper/decision';
import { hasAnyAnswer, parseHelperQuery, type RawQuery } from '../../helper/helper-query';
import { botherChoices } from '../../helper/helper-questions';
import { helperSigns } from '../../schemas/warning-signs';
import type { HelperAnswerData, HelperPageData } from '../../helper/helper-page-data';

export type { HelperPageData };

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
export function loadHelperPage(query: RawQuery): HelperPageData & { feedback: FeedbackFormWords } {
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
    feedback: feedbackFormWords(),
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
          sourcesLead: siteText.evidence.sourceLinks.many,
          rule: evidenceRuleText(),
          labels: {
            careLevels: siteText.labels.careLevels,
            profileQuote: siteText.labels.profileQuote,
          },
        }
      : null,
  };
}
