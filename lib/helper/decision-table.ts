/**
 * The rules of the decision helper (`decide()` in ./decision.ts), as data so the README can print
 * them and the tests can check each one fires. Written for editors and developers, not readers.
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
