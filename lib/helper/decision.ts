import type { ComparisonColumn } from '../compare/comparison-rows';
import type { Rating } from '../schemas/evidence-rating';
import type { CitationRef } from '../schemas/citation';
import { ratingOf, type ConditionDoc } from '../schemas/condition';
import { OTHER_BOTHER, PROFESSION_MATCH, type SafetyId, type SeeingId } from './helper-questions';
import { hasAnyAnswer, type Answers } from './helper-query';
import { DECISION_TABLE, decisionTableMarkdown, type RuleId } from './decision-table';
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
 * therapy will work. It returns ids, keys and quoted content, never sentences of its own: the page
 * puts them into the words of content/site-text.yaml (`helper.answer`).
 */

export { DECISION_TABLE, decisionTableMarkdown, type RuleId };

/** A profile cell (or part of one) quoted word for word, with the quotes it rests on. */
export interface QuotedProfileCell {
  label: string;
  text: string;
  sources: readonly CitationRef[];
}

/** The profile aspects the helper quotes; the page names each in `helper.answer.quoteLabels`. */
export type QuotedAspect = 'focus' | 'practitioners' | 'technique';

/** A quoted profile cell whose caption is an aspect's name, given in the page's words. */
export interface AspectQuote {
  aspect: QuotedAspect;
  text: string;
  sources: readonly CitationRef[];
}

export type Approach = 'targeted' | 'whole-body';

export type Reason =
  | { rule: 'approach'; approach: Approach; quote: AspectQuote }
  | { rule: 'provider'; seeing: SeeingId; quote: AspectQuote };

export interface TherapyFit {
  slug: string;
  name: string;
  url: string;
  score: number;
  reasons: Reason[];
  /** The therapy's focus, so "no match" answers can still show how they differ. */
  focus: AspectQuote;
}

export interface CautionAdvice {
  id: SafetyId;
  /** Each therapy's own note (its caution item, or for needle fear its technique); null if none. */
  notes: { therapy: string; quote: QuotedProfileCell | AspectQuote | null }[];
}

export interface CareAdvice {
  /** The most urgent of the chosen signs' sets. */
  urgency: Urgency;
  signs: { id: string; label: string }[];
  /** The sets the chosen signs belong to, each once, in the helper's order. */
  sets: WarningSet[];
}

/** What the helper's logic reads of the content: the warning signs of content/warning-signs.yaml. */
export interface DecisionContent {
  warnings: Pick<WarningLibrary, 'sets' | 'helper'>;
}

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
  /** The condition file's one-line finding; null when it has none (the page says the rating's meaning). */
  quote: QuotedProfileCell | null;
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

/** One question to ask the provider, by key; the page words it (`helper.answer.questions`). */
export type ProviderQuestion =
  | { id: 'license' | 'insurance' | 'sessions' }
  | { id: 'treat-condition'; condition: string }
  | { id: 'ask-provider'; seeing: SeeingId; therapies: string[] }
  | { id: 'safety'; safety: SafetyId };

export type Reminder = 'not-sure' | 'see-doctor';

export interface Answered {
  kind: 'answer';
  rules: RuleId[];
  care: CareAdvice | null;
  condition: ConditionAnswer | null;
  verdict: Verdict;
  /**
   * With a problem chosen and something matched: the verdict is a match of preferences, shown
   * beside each matching therapy's finding for that problem, so a match is never read as "the
   * research backs it". Null otherwise.
   */
  preferenceVerdict: { fits: Finding[] } | null;
  /** Best fits first; on an "open" verdict, every therapy. */
  fits: TherapyFit[];
  others: TherapyFit[];
  cautions: CautionAdvice[];
  questions: ProviderQuestion[];
  /** The reminders of content/site-text.yaml to show, in order. */
  seeDoctor: Reminder[];
}

export type Decision = { kind: 'prompt'; rules: RuleId[] } | Answered;

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
    const summary = condition.therapies[column.slug]?.summary;
    return {
      slug: column.slug,
      name: column.name,
      rating: ratingOf(condition, column.slug),
      quote: summary
        ? { label: condition.name, text: summary.text, sources: [...summary.sources] }
        : null,
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

function mentions(text: string, profession: string): boolean {
  return text.toLowerCase().includes(profession);
}

/** What in one therapy's profile matches the answers: its approach, and who provides it. */
function scoreTherapy(answers: Answers, column: ComparisonColumn): TherapyFit {
  const { profile } = column;
  const reasons: Reason[] = [];
  if (answers.want !== undefined && answers.want === profile.approach) {
    const focus = { aspect: 'focus' as const, ...profile.focus };
    reasons.push({ rule: 'approach', approach: profile.approach, quote: focus });
  }
  const profession = answers.seeing ? PROFESSION_MATCH[answers.seeing] : null;
  const practitioners = [profile.practitioners.text, ...(profile.practitioners.points ?? [])];
  if (answers.seeing && profession && practitioners.some((text) => mentions(text, profession))) {
    reasons.push({
      rule: 'provider',
      seeing: answers.seeing,
      quote: {
        aspect: 'practitioners',
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
    focus: { aspect: 'focus', ...profile.focus },
  };
}

/** The highest scores fit best; a tie shows them all; no match at all shows every therapy. */
function rank(scored: TherapyFit[]): Pick<Answered, 'verdict' | 'fits' | 'others'> {
  const best = Math.max(0, ...scored.map((fit) => fit.score));
  const top = scored.filter((fit) => best > 0 && fit.score === best);
  const verdict: Verdict = top.length === 0 ? 'open' : top.length === 1 ? 'one' : 'several';
  if (verdict === 'open') return { verdict, fits: scored, others: [] };
  return { verdict, fits: top, others: scored.filter((fit) => !top.includes(fit)) };
}

/** What each profile says about each safety answer; needle fear quotes how each is done. */
function cautionsFor(answers: Answers, columns: readonly ComparisonColumn[]): CautionAdvice[] {
  const cautions: CautionAdvice[] = answers.safety
    .filter((id) => id !== 'needle-fear')
    .map((id) => ({
      id,
      notes: columns.map((column) => {
        const item = column.profile.cautions.items.find((caution) => caution.id === id);
        return {
          therapy: column.profile.name,
          quote: item ? { label: item.label, text: item.note, sources: item.sources } : null,
        };
      }),
    }));
  if (answers.safety.includes('needle-fear')) {
    cautions.push({
      id: 'needle-fear',
      notes: columns.map((column) => ({
        therapy: column.profile.name,
        quote: { aspect: 'technique', ...column.profile.technique },
      })),
    });
  }
  return cautions;
}

/** The rules an answer fired, in the order of DECISION_TABLE's reasons for them. */
function firedRules(
  answers: Answers,
  scored: readonly TherapyFit[],
  answer: Pick<Answered, 'care' | 'condition'>,
): RuleId[] {
  const rules = new Set<RuleId>(['ranking', 'see-doctor']);
  if (answer.care) {
    rules.add(answer.care.urgency === 'emergency' ? 'warning-emergency' : 'warning-urgent');
  }
  for (const fit of scored) for (const reason of fit.reasons) rules.add(reason.rule);
  if (answer.condition) rules.add('condition');
  if (answers.bother === OTHER_BOTHER) rules.add('condition-other');
  if (answers.want === 'not-sure') rules.add('approach-unsure');
  if (answers.safety.some((id) => id !== 'needle-fear')) rules.add('caution');
  if (answers.safety.includes('needle-fear')) rules.add('needle-fear');
  return [...rules];
}

export function decide(
  answers: Answers,
  columns: readonly ComparisonColumn[],
  content: DecisionContent,
  conditions: readonly HelperCondition[] = [],
): Decision {
  if (!hasAnyAnswer(answers)) return { kind: 'prompt', rules: ['empty'] };
  const chosen = conditions.find((condition) => condition.slug === answers.bother);
  const condition = chosen ? conditionAnswer(chosen, columns, content.warnings) : null;
  const scored = columns.map((column) => scoreTherapy(answers, column));
  const ranked = rank(scored);
  const answer = {
    care: careFor(answers.warning, content.warnings),
    condition,
    ...ranked,
    preferenceVerdict:
      condition && ranked.verdict !== 'open'
        ? { fits: ranked.fits.flatMap((fit) => findingOf(condition, fit.slug)) }
        : null,
    cautions: cautionsFor(answers, columns),
    questions: questionsFor(answers, ranked, condition),
    seeDoctor: [
      ...(answers.bother === OTHER_BOTHER ? (['not-sure'] as const) : []),
      'see-doctor' as const,
    ],
  };
  return { kind: 'answer', rules: firedRules(answers, scored, answer), ...answer };
}

const findingOf = (condition: ConditionAnswer, slug: string): Finding[] =>
  condition.findings.filter((finding) => finding.slug === slug);

/** The questions to ask a provider: general ones, the problem's, the provider's, each safety answer's. */
function questionsFor(
  answers: Answers,
  { fits, verdict }: Pick<Answered, 'fits' | 'verdict'>,
  condition: ConditionAnswer | null,
): ProviderQuestion[] {
  const questions: ProviderQuestion[] = [{ id: 'license' }];
  if (condition) {
    questions.push({ id: 'treat-condition', condition: condition.name }, { id: 'insurance' });
  }
  const providerFits = fits.filter((fit) =>
    fit.reasons.some((reason) => reason.rule === 'provider'),
  );
  if (answers.seeing && verdict !== 'open' && providerFits.length > 0) {
    const therapies = providerFits.map((fit) => fit.name);
    questions.push({ id: 'ask-provider', seeing: answers.seeing, therapies });
  }
  for (const safety of answers.safety) questions.push({ id: 'safety', safety });
  questions.push({ id: 'sessions' });
  return questions;
}
