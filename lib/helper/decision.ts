import type { ComparisonColumn } from '../compare/comparison-rows';
import type { Rating } from '../schemas/evidence-rating';
import { evidenceRuleText, levelMeaning, ratingWords } from '../content/evidence-rule-text';
import { fillSlots } from '../schemas/evidence-rule';
import type { CitationRef } from '../schemas/citation';
import { ratingOf, type ConditionDoc } from '../schemas/condition';
import {
  OTHER_BOTHER,
  SAFETY_CHOICES,
  SEEING_CHOICES,
  WANT_CHOICES,
  type SafetyId,
} from './helper-questions';
import { hasAnyAnswer, type Answers } from './helper-query';
import type { Passage, SiteText } from '../schemas/site-text';
import {
  URGENCIES,
  helperSigns,
  setsById,
  type Urgency,
  type WarningLibrary,
  type WarningSet,
} from '../schemas/warning-signs';

/**
 * The decision helper as a pure function over the therapy profiles. It matches what a person told
 * us against the profiles and quotes the cells that matched; it never diagnoses and never says a
 * therapy will work. The rules are data (DECISION_TABLE) so the README can print them.
 */

export const DECISION_TABLE = [
  {
    id: 'empty',
    when: 'No question answered',
    then: 'A gentle prompt to answer at least one question. No therapy is suggested.',
  },
  {
    id: 'warning-emergency',
    when: 'Any warning sign from a set with urgency: emergency in content/warning-signs.yaml',
    then: "The emergency care card first, headed by the emergency action, with each chosen sign's set (all words from content/warning-signs.yaml).",
  },
  {
    id: 'warning-urgent',
    when: 'Any warning sign from a same-day or before-needling set, and no emergency sign',
    then: "The care card of the most urgent chosen set first, headed by that urgency's action, with each chosen sign's set.",
  },
  {
    id: 'condition',
    when: 'Bothered by a condition that has a file in content/conditions/',
    then: 'Every therapy gets an answer: its rating for that condition and the one-line finding, with sources, called research findings, not a promise. No therapy scores from it. The condition’s red flags join the warning signs. The verdict then says a therapy matches the person’s preferences (never that it fits best) and shows, in the same place, its rating for that problem (words from content/evidence-rule.yaml).',
  },
  {
    id: 'condition-other',
    when: 'Bothered by something else, or not sure',
    then: 'No therapy fits on this answer; add the "not sure" reminder from content/site-text.yaml.',
  },
  {
    id: 'approach',
    when: 'Wants targeted relief or a whole-body approach',
    then: 'Each therapy whose profile approach matches fits; quote its focus cell.',
  },
  {
    id: 'approach-unsure',
    when: 'Not sure what they would like',
    then: 'No preference: no therapy gains or loses.',
  },
  {
    id: 'provider',
    when: 'Already sees a physical therapist',
    then: 'Each therapy whose practitioners cell names that profession fits; quote the cell; ask that provider.',
  },
  {
    id: 'caution',
    when: 'Pregnancy, blood thinners or a bleeding disorder, or a pacemaker or another implanted device',
    then: 'Tell the practitioner first: quote each profile’s caution note (or say the profile does not list it).',
  },
  {
    id: 'needle-fear',
    when: 'A strong fear of needles',
    then: 'Every therapy here uses needles: quote each technique cell; suggest telling the provider and asking questions first.',
  },
  {
    id: 'ranking',
    when: 'Always, once anything is answered',
    then: 'A therapy’s score is how many of approach and provider matched. The highest scores fit best; a tie shows them all; no match shows every therapy side by side.',
  },
  {
    id: 'see-doctor',
    when: 'Always, once anything is answered',
    then: 'The "see a doctor" reminder from content/site-text.yaml.',
  },
] as const;

export type RuleId = (typeof DECISION_TABLE)[number]['id'];

/** The decision table as a Markdown table, for the README and the closing note. */
export function decisionTableMarkdown(): string {
  const rows = DECISION_TABLE.map((rule) => `| ${rule.id} | ${rule.when} | ${rule.then} |`);
  return ['| rule | when | then |', '| --- | --- | --- |', ...rows].join('\n');
}

/** A profile cell (or part of one) quoted word for word, with the quotes it rests on. */
export interface QuotedProfileCell {
  label: string;
  text: string;
  sources: readonly CitationRef[];
}

export interface Reason {
  rule: 'approach' | 'provider';
  /** Our words: why this counts, never a promise. */
  why: string;
  quote: QuotedProfileCell;
}

export interface TherapyFit {
  slug: string;
  name: string;
  url: string;
  score: number;
  reasons: Reason[];
  /** The therapy's focus, so "no match" answers can still show how they differ. */
  focus: QuotedProfileCell;
}

export interface CautionAdvice {
  id: SafetyId;
  label: string;
  notes: { therapy: string; quote: QuotedProfileCell | null }[];
}

export interface CareAdvice {
  /** The most urgent of the chosen signs' sets. */
  urgency: Urgency;
  signs: { id: string; label: string }[];
  /** The sets the chosen signs belong to, each once, in the helper's order. */
  sets: WarningSet[];
}

/** What the helper's logic reads: reminders from content/site-text.yaml, warning signs from content/warning-signs.yaml. */
export type HelperText = Pick<SiteText, 'reminders'> & {
  warnings: Pick<WarningLibrary, 'sets' | 'helper'>;
};

export type Verdict = 'one' | 'several' | 'open';

/** What the helper needs of a condition file. */
export type HelperCondition = Pick<ConditionDoc, 'slug' | 'name' | 'therapies' | 'warningSigns'> & {
  url: string;
};

/** One therapy's research finding for the chosen condition, quoted from the condition file. */
export interface Finding {
  slug: string;
  name: string;
  rating: Rating;
  /** Our words around the rating: never a promise. */
  why: string;
  quote: QuotedProfileCell;
  /** The therapy's section on the condition page. */
  href: string;
}

export interface ConditionAnswer {
  slug: string;
  name: string;
  url: string;
  findings: Finding[];
  /** The condition's own warning-sign sets, shown with the helper's care card. */
  warningSets: WarningSet[];
}

export type Decision =
  | { kind: 'prompt'; rules: RuleId[] }
  | {
      kind: 'answer';
      rules: RuleId[];
      care: CareAdvice | null;
      condition: ConditionAnswer | null;
      verdict: Verdict;
      /**
       * With a problem chosen, the verdict in words: preferences matched, and beside it each
       * matching therapy's rating for that problem, so a match is never read as "the research
       * backs it". Null without a problem, or when nothing matched.
       */
      preferenceVerdict: { heading: string; ratings: string[]; caveat: string } | null;
      /** Best fits first; on an "open" verdict, every therapy. */
      fits: TherapyFit[];
      others: TherapyFit[];
      cautions: CautionAdvice[];
      questions: string[];
      seeDoctor: Passage[];
    };

const labelOf = <T extends { id: string; label: string }>(choices: readonly T[], id: string) =>
  choices.find((choice) => choice.id === id)?.label ?? id;

const APPROACH_WORDS = {
  targeted: 'a targeted treatment',
  'whole-body': 'a whole-body approach',
} as const;

function mentions(text: string, profession: string): boolean {
  return text.toLowerCase().includes(profession);
}

/** Care advice for warning signs: the most urgent chosen set sets the card's urgency. */
export function careFor(
  warnings: readonly string[],
  library: Pick<WarningLibrary, 'sets' | 'helper'>,
): CareAdvice | null {
  const signs = helperSigns(library).filter((sign) => warnings.includes(sign.id));
  if (signs.length === 0) return null;
  const setIds = [...new Set(signs.map((sign) => sign.set))];
  const urgency =
    URGENCIES.find((level) => signs.some((sign) => sign.urgency === level)) ?? 'emergency';
  return {
    urgency,
    signs: signs.map(({ id, label }) => ({ id, label })),
    sets: setsById(library, setIds),
  };
}

/** Every therapy's finding for one condition; a therapy the file does not rate is said so plainly. */
export function conditionAnswer(
  condition: HelperCondition,
  columns: readonly Pick<ComparisonColumn, 'slug' | 'name'>[],
  library: Pick<WarningLibrary, 'sets'>,
): ConditionAnswer {
  const findings = columns.map((column): Finding => {
    const entry = condition.therapies[column.slug];
    const rating = ratingOf(condition, column.slug);
    const refs = entry?.summary?.sources ?? [];
    return {
      slug: column.slug,
      name: column.name,
      rating,
      why: fillSlots(evidenceRuleText().helper.ratingForProblem, {
        condition: condition.name.toLowerCase(),
        therapy: column.name.toLowerCase(),
        rating: ratingWords(rating),
      }),
      quote: {
        label: condition.name,
        text: entry?.summary?.text ?? levelMeaning(rating),
        sources: [...refs],
      },
      href: `${condition.url}#therapy-${column.slug}`,
    };
  });
  return {
    slug: condition.slug,
    name: condition.name,
    url: condition.url,
    findings,
    warningSets: setsById(library, condition.warningSigns),
  };
}

/** The verdict when a problem was chosen: a match of preferences, shown beside the research. */
function preferenceWords(
  condition: ConditionAnswer,
  top: readonly Pick<TherapyFit, 'slug' | 'name'>[],
): { heading: string; ratings: string[]; caveat: string } {
  const words = evidenceRuleText().helper;
  const names = top.map((fit) => fit.name);
  const heading =
    names.length === 1
      ? fillSlots(words.matches, { therapy: names[0] ?? '' })
      : fillSlots(words.severalMatch, { therapies: names.join(', ') });
  const ratings = top.flatMap(
    (fit) => condition.findings.find((finding) => finding.slug === fit.slug)?.why ?? [],
  );
  return { heading, ratings, caveat: words.notAnswer };
}

export function decide(
  answers: Answers,
  columns: readonly ComparisonColumn[],
  text: HelperText,
  conditions: readonly HelperCondition[] = [],
): Decision {
  if (!hasAnyAnswer(answers)) return { kind: 'prompt', rules: ['empty'] };
  const rules = new Set<RuleId>(['ranking', 'see-doctor']);

  const care = careFor(answers.warning, text.warnings);
  if (care) rules.add(care.urgency === 'emergency' ? 'warning-emergency' : 'warning-urgent');

  const profession =
    SEEING_CHOICES.find((choice) => choice.id === answers.seeing)?.profession ?? null;

  const scored: TherapyFit[] = columns.map((column) => {
    const { profile } = column;
    const reasons: Reason[] = [];
    if (
      (answers.want === 'targeted' || answers.want === 'whole-body') &&
      profile.approach === answers.want
    ) {
      reasons.push({
        rule: 'approach',
        why: `You would like ${APPROACH_WORDS[answers.want]}, and ${profile.name.toLowerCase()} is ${APPROACH_WORDS[profile.approach]}.`,
        quote: { label: 'What it focuses on', ...profile.focus },
      });
    }
    const practitioners = [profile.practitioners.text, ...(profile.practitioners.points ?? [])];
    if (profession && practitioners.some((text) => mentions(text, profession))) {
      reasons.push({
        rule: 'provider',
        why: `You already see a ${profession}, and some ${profession}s offer ${profile.name.toLowerCase()}.`,
        quote: {
          label: 'Who provides it',
          text: profile.practitioners.text,
          sources: profile.practitioners.sources,
        },
      });
    }
    return {
      slug: column.slug,
      name: profile.name,
      url: column.url,
      score: reasons.length,
      reasons,
      focus: { label: 'What it focuses on', ...profile.focus },
    };
  });

  for (const fit of scored) for (const reason of fit.reasons) rules.add(reason.rule);
  const chosen = conditions.find((condition) => condition.slug === answers.bother);
  const condition = chosen ? conditionAnswer(chosen, columns, text.warnings) : null;
  if (condition) rules.add('condition');
  if (answers.bother === OTHER_BOTHER) rules.add('condition-other');
  if (answers.want === 'not-sure') rules.add('approach-unsure');

  const best = Math.max(0, ...scored.map((fit) => fit.score));
  const top = scored.filter((fit) => best > 0 && fit.score === best);
  const verdict: Verdict = top.length === 0 ? 'open' : top.length === 1 ? 'one' : 'several';
  const fits = verdict === 'open' ? scored : top;
  const others = verdict === 'open' ? [] : scored.filter((fit) => !top.includes(fit));
  const preferenceVerdict =
    condition && verdict !== 'open' ? preferenceWords(condition, top) : null;

  const cautions: CautionAdvice[] = answers.safety
    .filter((id): id is Exclude<SafetyId, 'needle-fear'> => id !== 'needle-fear')
    .map((id) => ({
      id,
      label: labelOf(SAFETY_CHOICES, id),
      notes: columns.map((column) => {
        const item = column.profile.cautions.items.find((caution) => caution.id === id);
        return {
          therapy: column.profile.name,
          quote: item ? { label: item.label, text: item.note, sources: item.sources } : null,
        };
      }),
    }));
  if (cautions.length > 0) rules.add('caution');
  if (answers.safety.includes('needle-fear')) {
    rules.add('needle-fear');
    cautions.push({
      id: 'needle-fear',
      label: labelOf(SAFETY_CHOICES, 'needle-fear'),
      notes: columns.map((column) => ({
        therapy: column.profile.name,
        quote: { label: 'How it is done', ...column.profile.technique },
      })),
    });
  }

  return {
    kind: 'answer',
    preferenceVerdict,
    rules: [...rules],
    care,
    condition,
    verdict,
    fits,
    others,
    cautions,
    questions: questionsFor(answers, fits, verdict, condition),
    seeDoctor: [
      ...(answers.bother === OTHER_BOTHER ? [text.reminders['not-sure']] : []),
      text.reminders['see-doctor'],
    ],
  };
}

function questionsFor(
  answers: Answers,
  fits: TherapyFit[],
  verdict: Verdict,
  condition: ConditionAnswer | null,
): string[] {
  const questions = [
    'What license and training do you have for this treatment, and in which state?',
  ];
  if (condition) {
    questions.push(
      `How would you treat my ${condition.name.toLowerCase()}, and how will we know if it is helping?`,
      'Will my insurance or Medicare pay for this?',
    );
  }
  const provider = answers.seeing && labelOf(SEEING_CHOICES, answers.seeing);
  const providerFits = fits.filter((fit) =>
    fit.reasons.some((reason) => reason.rule === 'provider'),
  );
  if (provider && verdict !== 'open' && providerFits.length > 0) {
    const names = providerFits.map((fit) => fit.name.toLowerCase()).join(' or ');
    const who = SEEING_CHOICES.find((choice) => choice.id === answers.seeing)?.profession;
    questions.push(
      `(To your ${who}) Do you offer ${names}? If not, can you suggest someone trained in it?`,
    );
  }
  const perSafety: Record<SafetyId, string> = {
    pregnancy: 'I am or might be pregnant. Is this treatment right for me now?',
    'bleeding-risk':
      'I take a blood thinner or have a bleeding disorder. What extra care will you take?',
    pacemaker:
      'I have a pacemaker or another implanted device. Will you use an electric current on the needles?',
    'needle-fear':
      'I am very nervous about needles. Can you show me the needles first, and can we stop if I need to?',
  };
  for (const id of answers.safety) questions.push(perSafety[id]);
  questions.push('How many sessions do you suggest, and what will we do if it does not help?');
  return questions;
}

/** Labels for the answers, to show "what you told us" back in plain words. */
export function describeAnswers(
  answers: Answers,
  botherLabel: (id: string) => string,
  warningSigns: readonly { id: string; label: string }[],
): string[] {
  const lines: string[] = [];
  if (answers.bother) lines.push(`Bothering you: ${botherLabel(answers.bother)}`);
  if (answers.want) lines.push(`You would like: ${labelOf(WANT_CHOICES, answers.want)}`);
  if (answers.seeing) lines.push(`Already seeing: ${labelOf(SEEING_CHOICES, answers.seeing)}`);
  for (const id of answers.safety) lines.push(labelOf(SAFETY_CHOICES, id));
  for (const id of answers.warning) lines.push(`Warning sign: ${labelOf(warningSigns, id)}`);
  return lines;
}
