import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const push = vi.fn();
vi.mock('next/navigation', () => ({
  useRouter: () => ({ push, refresh: vi.fn(), replace: vi.fn(), prefetch: vi.fn() }),
}));

const { HelperForm } = await import('@/components/helper/helper-form');
const { FIXTURE_HELPER_TEXT } = await import('../../fixtures/helper-text');
const QUESTION_LABELS = Object.fromEntries(
  Object.entries(FIXTURE_HELPER_TEXT.questions).map(([key, question]) => [key, question.legend]),
) as Record<keyof typeof FIXTURE_HELPER_TEXT.questions, string>;

const { fixtureSiteText } = await import('../../fixtures/site-text');
const { fixtureWarningSigns } = await import('../../fixtures/warning-signs');
const { helperSigns } = await import('@/lib/schemas/warning-signs');
const text = fixtureSiteText();

const choices = [
  { id: 'neck-pain', label: 'Neck pain' },
  { id: 'other', label: 'Something else, or I am not sure' },
];

describe('HelperForm', () => {
  beforeEach(() => push.mockClear());

  it('is a GET form of fieldsets with legends and labelled choices', () => {
    const { container } = render(
      <HelperForm
        action="/which-is-right-for-me"
        answers={{ asked: false, safety: [], warning: [] }}
        botherChoices={choices}
        warningChoices={helperSigns(fixtureWarningSigns())}
        hints={text.helperHints}
        text={FIXTURE_HELPER_TEXT}
      />,
    );
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/which-is-right-for-me');
    for (const legend of Object.values(QUESTION_LABELS)) {
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    }
    const bother = screen.getByRole('group', { name: QUESTION_LABELS.bother });
    expect(
      within(bother)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['neck-pain', 'other']);
    expect(
      screen.getByRole('checkbox', {
        name: 'I have a pacemaker or another implanted device, such as a defibrillator',
      }),
    ).toHaveAttribute('name', 'safety');
    expect(screen.getByRole('checkbox', { name: 'Chest pain' })).toHaveAttribute('name', 'warning');
    // The hints are the content's words.
    expect(screen.getByText('Fixture warning hint.')).toBeInTheDocument();
    expect(screen.getByText('Fixture safety hint.')).toBeInTheDocument();
  });

  it('shows the answers from the URL as already chosen', () => {
    render(
      <HelperForm
        action="/which-is-right-for-me"
        answers={{
          asked: true,
          bother: 'neck-pain',
          want: 'targeted',
          seeing: 'neither',
          safety: ['pregnancy'],
          warning: ['fever'],
        }}
        botherChoices={choices}
        warningChoices={helperSigns(fixtureWarningSigns())}
        hints={text.helperHints}
        text={FIXTURE_HELPER_TEXT}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Neck pain' })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Targeted relief/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'I am or might be pregnant' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A fever along with the pain' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Chest pain' })).not.toBeChecked();
  });

  it('with JavaScript, submitting navigates in place to the same shareable URL', async () => {
    const user = userEvent.setup();
    render(
      <HelperForm
        action="/which-is-right-for-me"
        answers={{ asked: false, safety: [], warning: [] }}
        botherChoices={choices}
        warningChoices={helperSigns(fixtureWarningSigns())}
        hints={text.helperHints}
        text={FIXTURE_HELPER_TEXT}
      />,
    );
    await user.click(screen.getByRole('radio', { name: 'Neck pain' }));
    await user.click(
      screen.getByRole('checkbox', {
        name: 'I have a pacemaker or another implanted device, such as a defibrillator',
      }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Chest pain' }));
    await user.click(screen.getByRole('button', { name: 'Show my answer' }));
    expect(push).toHaveBeenCalledWith(
      '/which-is-right-for-me?show=answer&bother=neck-pain&safety=pacemaker&warning=chest-pain',
      { scroll: false },
    );
    expect(screen.getByRole('status')).toBeInTheDocument();
  });
});
