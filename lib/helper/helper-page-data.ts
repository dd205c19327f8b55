import type { EvidenceRuleText } from '../schemas/evidence-rule';
import type { SiteText } from '../schemas/site-text';
import type { HelperText } from '../schemas/text/helper-text';
import type { LabelsText } from '../schemas/text/labels-text';
import type { WarningLibrary } from '../schemas/warning-signs';
import type { Decision } from './decision';
import type { Answers, HelperProblem } from './helper-query';
import type { BotherChoice } from './helper-questions';

/**
 * What the route (lib/content/pages/helper-page.ts) hands the helper's components: one object,
 * words included, so no component reads the content store.
 */

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
  /** The words before a warning card's source links. */
  sourcesLead: string;
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  /** Care-card level words and what a quoted profile cell is called (site text `labels`). */
  labels: Pick<LabelsText, 'careLevels' | 'profileQuote'>;
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
