import { fillText } from '../site/fill-template';
import type { HelperText } from '../schemas/text/helper-text';
import type { Answers, HelperProblem } from './helper-query';
import { ratingLabel, type EvidenceRuleText } from '../schemas/evidence-rule';
import type {
  AspectQuote,
  ConditionAnswer,
  ProviderQuestion,
  QuotedProfileCell,
  Reason,
} from './decision';

/**
 * Puts the decision's ids and keys into the words of content/site-text.yaml (`helper:`). Every
 * sentence comes from the words passed in; this file only chooses and fills them.
 */

/** "A", "A and B", "A, B and C" (with the joining word given). */
export function joinList(names: readonly string[], and: string): string {
  if (names.length <= 2) return names.join(` ${and} `);
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** The sentence for one link value we could not use. */
export function problemText(problem: HelperProblem, text: HelperText): string {
  const words = text.problems;
  if (problem.kind === 'unreadable') return words.unreadable;
  if (problem.kind === 'retired') return words.retired[problem.question][problem.value];
  const question = text.questions[problem.question].legend;
  if (problem.kind === 'not-a-choice') {
    return fillText(words.notAChoice, { value: problem.value, question });
  }
  const template = { several: words.several, repeated: words.repeated, damaged: words.damaged };
  return fillText(template[problem.kind], { question });
}

/** The labels of each question's answers, by id. */
export interface ChoiceLabels {
  bother: Readonly<Record<string, string>>;
  warning: Readonly<Record<string, string>>;
}

/** "What you told us", one line per answer, in the form's order. */
export function toldLines(answers: Answers, text: HelperText, labels: ChoiceLabels): string[] {
  const { told } = text.answer;
  const { want, seeing, safety } = text.questions;
  const lines: string[] = [];
  const line = (template: string, answer: string) => lines.push(fillText(template, { answer }));
  if (answers.bother) line(told.bother, labels.bother[answers.bother] ?? answers.bother);
  if (answers.want) line(told.want, want.choices[answers.want]);
  if (answers.seeing) line(told.seeing, seeing.choices[answers.seeing]);
  for (const id of answers.safety) lines.push(safety.choices[id]);
  for (const id of answers.warning) line(told.warning, labels.warning[id] ?? id);
  return lines;
}

/** Why a therapy counts as a match, in our words (never a promise). */
export function reasonText(reason: Reason, therapy: string, text: HelperText): string {
  const words = text.answer.reasons;
  const name = therapy.toLowerCase();
  if (reason.rule === 'approach') {
    const approach = words.approachWords[reason.approach];
    return fillText(words.approach, { wanted: approach, therapy: name, approach });
  }
  const profession = reason.seeing === 'physical-therapist' ? words.professions[reason.seeing] : '';
  return fillText(words.provider, { profession, therapy: name });
}

/** A quoted cell with its caption: an aspect's name from the words, or the content's own label. */
export function quoteWithLabel(
  quote: QuotedProfileCell | AspectQuote,
  text: HelperText,
): QuotedProfileCell {
  if ('label' in quote) return quote;
  return { label: text.answer.quoteLabels[quote.aspect], text: quote.text, sources: quote.sources };
}

/** One question to ask the provider, in words. */
export function questionText(question: ProviderQuestion, text: HelperText): string {
  const words = text.answer.questions;
  switch (question.id) {
    case 'license':
    case 'insurance':
    case 'sessions':
      return words[question.id];
    case 'treat-condition':
      return fillText(words.treatCondition, { condition: question.condition.toLowerCase() });
    case 'ask-provider': {
      const profession =
        question.seeing === 'physical-therapist'
          ? text.answer.reasons.professions[question.seeing]
          : '';
      const therapies = question.therapies.map((name) => name.toLowerCase());
      return fillText(words.askProvider, {
        profession,
        therapies: therapies.join(` ${text.answer.or} `),
      });
    }
    case 'safety':
      return words.safety[question.safety];
  }
}

/** Each therapy's rating for the chosen problem in words, and what its level means. */
export function findingWords(
  condition: ConditionAnswer,
  rule: EvidenceRuleText,
): Record<string, { why: string; meaning: string }> {
  return Object.fromEntries(
    condition.findings.map((finding) => [
      finding.slug,
      {
        why: fillText(rule.helper.ratingForProblem, {
          condition: condition.name.toLowerCase(),
          therapy: finding.name.toLowerCase(),
          rating: ratingLabel(finding.rating, rule),
        }),
        meaning: rule.levels[finding.rating.level].meaning,
      },
    ]),
  );
}
