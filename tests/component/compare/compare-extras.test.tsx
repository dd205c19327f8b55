import { screen, within } from '@testing-library/react';
import { render } from '../render-with-words';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import { KeyFacts } from '@/components/compare/key-facts';
import { NeedleIllustration } from '@/components/ui/needle-illustration';
import { TherapyChooser } from '@/components/compare/therapy-chooser';
import { validateContent } from '@/lib/content/validate-content';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../../fixtures/load-fixture';
import { FIXTURE_PAGES_TEXT } from '../../fixtures/pages-text';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';

const { needles, compare } = FIXTURE_PAGES_TEXT;

const push = vi.fn();
vi.mock('next/navigation', () => ({
  useRouter: () => ({ push, replace: vi.fn(), prefetch: vi.fn() }),
}));

function fixture() {
  const result = validateContent(nineConditionContent(false), { today: FIXTURE_TODAY });
  if (!result.ok) throw new Error('fixture content is invalid');
  return result.content;
}

describe('NeedleIllustration', () => {
  it('is one image named by its title and described by its description, the drawing a file', () => {
    render(<NeedleIllustration id="test-art" words={needles} />);
    const image = screen.getByRole('img', { name: 'Fixture Where the needles go' });
    expect(image).toHaveAccessibleDescription(/trigger point.*taut band of muscle.*meridian line/);
    expect(image).toHaveAttribute('src', '/needles.svg');
    // Its size is reserved before the file loads, so nothing below it moves.
    expect(image).toHaveAttribute('width', '320');
    expect(image).toHaveAttribute('height', '410');
    // The description is for assistive technology only: the drawing shows it.
    expect(document.getElementById('test-art-desc')).not.toBeVisible();
  });
});

describe('KeyFacts', () => {
  // The article's reference list, as the therapy page passes it: here every fixture source, reversed,
  // so a number cannot come out right by counting the box's own citations.
  const NUMBERING = fixture()
    .sources.map((source) => source.id)
    .reverse();

  it('shows one therapy’s key aspects from its profile, each cited', () => {
    const content = fixture();
    const therapy = content.therapies.find((candidate) => candidate.slug === 'electroacupuncture')!;
    expect(therapy.slug).toBe('electroacupuncture');
    const sources = Object.fromEntries(content.sources.map((source) => [source.id, source]));
    render(
      <KeyFacts
        rule={evidenceRuleText()}
        column={fixtureColumns(content).find((column) => column.slug === therapy.slug)!}
        sources={sources}
        words={{ ...compare.keyFacts, needles, labels: FIXTURE_LABELS_TEXT }}
        numbering={NUMBERING}
      />,
    );
    const box = screen.getByRole('complementary', { name: 'Fixture Key facts' });
    const terms = within(box).getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual([
      'Fixture origin',
      'Fixture focus',
      'Fixture practitioners',
      'Fixture uses',
      'Fixture technique',
      'Fixture cautions',
      'Fixture cost',
    ]);
    const definitions = within(box).getAllByRole('definition');
    expect(definitions[0]).toHaveTextContent(therapy.profile.origin.text);
    // Numbered as the article's reference list numbers its sources, with no list of its own.
    const firstCited = therapy.profile.origin.sources[0]?.source ?? '';
    expect(within(definitions[0]!).getAllByRole('link')[0]).toHaveTextContent(
      `[${NUMBERING.indexOf(firstCited) + 1}]`,
    );
    expect(box.querySelector('.printed-sources')).toBeNull();
    for (const definition of definitions)
      expect(within(definition).getAllByRole('link').length).toBeGreaterThan(0);
    expect(
      within(box).getByRole('img', { name: /Fixture Where the needles go/ }),
    ).toBeInTheDocument();
    expect(
      within(box).getByRole('link', { name: 'Fixture See every aspect side' }),
    ).toHaveAttribute('href', '/compare');
  });
});

describe('TherapyChooser', () => {
  const choices = () =>
    fixture().therapies.map((therapy) => ({ slug: therapy.slug, name: therapy.profile.name }));

  it('is a GET form to /compare with two choices, each sent as `therapies`', () => {
    const { container } = render(
      <TherapyChooser
        columns={choices()}
        chosen={['acupuncture', 'electroacupuncture']}
        words={compare.chooser}
      />,
    );
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/compare');
    const group = screen.getByRole('group', { name: 'Fixture Choose two therapies to' });
    const first = within(group).getByRole('combobox', { name: 'Fixture First column' });
    const second = within(group).getByRole('combobox', { name: 'Fixture Second column' });
    expect(first).toHaveValue('acupuncture');
    expect(second).toHaveValue('electroacupuncture');
    expect(first).toHaveAttribute('name', 'therapies');
    expect(second).toHaveAttribute('name', 'therapies');
    expect(screen.getByRole('button', { name: 'Fixture Compare these' })).toHaveAttribute(
      'type',
      'submit',
    );
    expect(screen.getByRole('link', { name: 'Fixture See every therapy side' })).toHaveAttribute(
      'href',
      '/compare',
    );
  });

  it('with JavaScript, goes straight to the prerendered page of the pair chosen', async () => {
    push.mockClear();
    const user = userEvent.setup();
    render(<TherapyChooser columns={choices()} chosen={[]} words={compare.chooser} />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Fixture First column' }),
      'electroacupuncture',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Fixture Second column' }),
      'dry-needling',
    );
    await user.click(screen.getByRole('button', { name: 'Fixture Compare these' }));
    expect(push).toHaveBeenCalledWith('/compare/electroacupuncture-vs-dry-needling');
  });
});
