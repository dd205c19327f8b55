import { screen, within } from '@testing-library/react';
import { render } from '../render-with-words';
import { describe, expect, it } from 'vitest';
import { HelperAnswer } from '@/components/helper/helper-answer';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { validateContent } from '@/lib/content/validate-content';
import { decide, type Decision } from '@/lib/helper/decision';
import { findingWords } from '@/lib/helper/answer-words';
import type { HelperProblem } from '@/lib/helper/helper-query';
import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import type { HelperAnswerData } from '@/lib/helper/helper-page-data';
import { FIXTURE_FINDINGS_DISCLAIMER, FIXTURE_HELPER_TEXT } from '../../fixtures/helper-text';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../../fixtures/load-fixture';
import { fixtureSiteText } from '../../fixtures/site-text';
import { fixtureWarningSigns } from '../../fixtures/warning-signs';

const columns = comparisonColumns();
const library = fixtureWarningSigns();
const text = { ...fixtureSiteText(), warnings: library };
/** The nine-condition fixture, validated; a broken fixture fails loudly here, not in a test. */
function validNineConditions() {
  const result = validateContent(nineConditionContent(true), { today: FIXTURE_TODAY });
  if (!result.ok) throw new Error('fixture content is invalid');
  return result;
}

const labels = { 'kalichman-2010': 'Dry needling paper', 'nccih-acupuncture': 'NCCIH page' };

/** Everything the route's loader would pass, in fixture words (the real evidence rule's ratings). */
function answerProps(
  decision: Decision,
  told: string[],
  problems: HelperProblem[] = [],
): HelperAnswerData {
  return {
    decision,
    told,
    problems,
    text: FIXTURE_HELPER_TEXT,
    sourcesLead: 'Fixture sources:',
    rule: evidenceRuleText(),
    reminders: text.reminders,
    findingsDisclaimer: FIXTURE_FINDINGS_DISCLAIMER,
    research: evidenceRuleText().helper,
    findingWords:
      decision.kind === 'answer' && decision.condition
        ? findingWords(decision.condition, evidenceRuleText())
        : {},
    urgency: library.urgency,
    sourceLabels: labels,
    labels: {
      careLevels: text.labels.careLevels,
      profileQuote: text.labels.profileQuote,
    },
  };
}

describe('HelperAnswer', () => {
  it('a gentle prompt when nothing was answered', () => {
    render(
      <HelperAnswer
        {...answerProps(decide({ asked: true, safety: [], warning: [] }, columns, text), [])}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Your answer' })).toHaveAttribute(
      'tabindex',
      '-1',
    );
    expect(screen.getByText(/You have not chosen any answers yet/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /advice/ })).not.toBeInTheDocument();
  });

  it('a warning sign puts the care card first, before the problems and the verdict', () => {
    const decision = decide(
      { asked: true, bother: 'neck-pain', safety: [], warning: ['breathless', 'fever'] },
      columns,
      text,
    );
    const { container } = render(
      <HelperAnswer {...answerProps(decision, ['x'], [{ kind: 'unreadable' }])} />,
    );
    const card = screen.getByRole('region', {
      name: 'Fixture emergency: Call 911 (US), 999 (UK), 112 (EU) or your local emergency number now',
    });
    const verdict = screen.getByTestId('helper-verdict');
    const problems = screen.getByTestId('helper-problems');
    expect(card.compareDocumentPosition(problems) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(card.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('[data-care-level]')).toBe(card);
    expect(card).toHaveTextContent(/sudden shortness of breath, a fever along with the pain/);
    // Each chosen sign's set, once, with its source; then the urgency's own advice.
    expect(card).toHaveTextContent(
      'Fixture lung set. Fixture reason: these can be signs of a lung problem.',
    );
    expect(card).toHaveTextContent(
      'Fixture doctor set. Fixture reason: a doctor should check these.',
    );
    expect(card).toHaveTextContent('Fixture: do not wait.');
    expect(card.querySelector('a[data-source-id="source-a"]')).toHaveAttribute(
      'href',
      '/sources/source-a#lung',
    );
  });

  it('for a chosen problem: its warning signs first, then every therapy’s finding, never a promise', () => {
    const result = validNineConditions();
    const decision = decide(
      { asked: true, bother: 'hip-pain', safety: ['pacemaker'], warning: [] },
      fixtureColumns(result.content),
      { ...text, warnings: result.content.warningSigns! },
      result.content.conditions,
    );
    render(<HelperAnswer {...answerProps(decision, ['Hip pain'])} />);
    const redFlag = screen.getByRole('region', {
      name: 'Fixture urgent: See your doctor first, before any needling: Fixture warning for hip pain',
    });
    expect(redFlag).toHaveTextContent('Fixture hip sign');
    const findings = screen.getByTestId('helper-findings');
    const verdict = screen.getByTestId('helper-verdict');
    expect(
      redFlag.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(verdict).toHaveTextContent('Your answers do not point to one therapy');
    expect(findings).toHaveTextContent(FIXTURE_FINDINGS_DISCLAIMER);
    const therapies = within(findings).getAllByRole('heading', { level: 4 });
    expect(therapies.map((heading) => heading.textContent)).toEqual([
      'Acupuncture',
      'Dry needling',
      'Electroacupuncture',
    ]);
    expect(within(findings).getByText('“Fixture: first find.”')).toBeInTheDocument();
    expect(
      within(findings).getByText(
        'Better than no treatment or usual care (not shown against sham): small, short-term, low certainty',
      ),
    ).toBeInTheDocument();
    const sourceLinks = [...document.querySelectorAll('a[data-source-id]')];
    expect(sourceLinks.length).toBeGreaterThan(2);
    for (const link of sourceLinks)
      expect(link.getAttribute('href')).toMatch(
        new RegExp(`^/sources/${link.getAttribute('data-source-id')}#[a-z0-9-]+$`),
      );
    expect(
      screen.getByRole('region', { name: 'Fixture non-urgent: When to see a doctor first' }),
    ).toBeInTheDocument();
  });

  it('with a problem chosen, a match is "matches your preferences", shown beside the research', () => {
    const result = validNineConditions();
    // Ankle pain + a targeted approach: dry needling matches, but its research is unclear there.
    const decision = decide(
      { asked: true, bother: 'ankle-pain', want: 'targeted', safety: [], warning: [] },
      fixtureColumns(result.content),
      text,
      result.content.conditions,
    );
    render(<HelperAnswer {...answerProps(decision, ['Ankle pain'])} />);
    const verdict = screen.getByTestId('helper-verdict');
    expect(verdict).toHaveTextContent('Dry needling matches your preferences best');
    expect(verdict).not.toHaveTextContent('fits');
    const research = within(screen.getByTestId('helper-verdict-research')).getAllByRole(
      'paragraph',
    );
    expect(research.map((line) => line.textContent)).toEqual([
      'For ankle pain, we rate the research on dry needling as: Unclear or mixed: size not reported, certainty not stated.',
      'Your preferences are not the same as what research found. Read the research for your problem above.',
    ]);
    // The quoted profile cell is captioned with what it comes from, in the words given.
    const captions = [...document.querySelectorAll('figcaption')].map((node) => node.textContent);
    expect(captions.some((caption) => caption?.startsWith('Dry needling fixture profile, '))).toBe(
      true,
    );
  });
});
