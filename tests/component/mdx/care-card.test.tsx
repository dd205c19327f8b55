import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CareCard, type CareLevel } from '@/components/mdx/care-card';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';

const LEVEL_WORDS = FIXTURE_LABELS_TEXT.careLevels;

/** The border-width utilities on an element, e.g. ["border-l-4"] or ["border-4", "border-l-[16px]"]. */
function borderWidths(element: Element): string[] {
  return element.className
    .split(/\s+/)
    .filter((name) => /^border(-[trblxy])?(-\d+|-\[\d+px\])?$/.test(name))
    .sort();
}

describe('CareCard', () => {
  it.each([
    ['non-urgent', 'Fixture non-urgent:'],
    ['urgent', 'Fixture urgent:'],
    ['emergency', 'Fixture emergency:'],
  ] as [CareLevel, string][])(
    '%s: a heading that starts with the visible words “%s”',
    (level, word) => {
      render(
        <CareCard levelWords={LEVEL_WORDS} level={level} title="Get help now">
          <p>Call 911.</p>
        </CareCard>,
      );
      const heading = screen.getByRole('heading', { level: 2, name: `${word} Get help now` });
      const shown = within(heading).getByText(word);
      // Shown to everyone, not only to screen readers.
      expect(shown).not.toHaveClass('sr-only');
      expect(heading.querySelector('.sr-only')).toBeNull();
      const region = screen.getByRole('region', { name: `${word} Get help now` });
      expect(region).toHaveAttribute('data-care-level', level);
      expect(region).toHaveTextContent('Call 911.');
    },
  );

  // Levels must differ by more than colour (WCAG 1.4.1): a reader who cannot tell the colours
  // apart still sees a different border weight and a different shape.
  it.each([
    ['non-urgent', ['border-l-4'], 'circle'],
    ['urgent', ['border-l-[12px]'], 'triangle'],
    ['emergency', ['border-4', 'border-l-[16px]'], 'octagon'],
  ] as [CareLevel, string[], string][])(
    '%s: its own border weight (%j) and shape (%s) beside the words',
    (level, widths, shape) => {
      render(
        <CareCard levelWords={LEVEL_WORDS} level={level} title="Advice">
          x
        </CareCard>,
      );
      const region = screen.getByRole('region');
      expect(borderWidths(region)).toEqual(widths);
      const icon = region.querySelector('svg');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon).toHaveAttribute('data-shape', shape);
    },
  );

  it('no two levels share a border weight or a shape', () => {
    const { container } = render(
      <>
        <CareCard levelWords={LEVEL_WORDS} level="non-urgent" title="a">
          x
        </CareCard>
        <CareCard levelWords={LEVEL_WORDS} level="urgent" title="b">
          x
        </CareCard>
        <CareCard levelWords={LEVEL_WORDS} level="emergency" title="c">
          x
        </CareCard>
      </>,
    );
    const cards = [...container.querySelectorAll('section')];
    expect(cards).toHaveLength(3);
    const weights = cards.map((card) => borderWidths(card).join(' '));
    expect(new Set(weights).size).toBe(3);
    const shapes = cards.map((card) => card.querySelector('svg')?.getAttribute('data-shape'));
    expect(shapes).toEqual(['circle', 'triangle', 'octagon']);
    expect(cards[2]).toHaveClass('bg-emergency-bg', 'text-emergency-ink');
  });

  it('can sit under an h2 as an h3', () => {
    render(
      <CareCard levelWords={LEVEL_WORDS} level="urgent" title="See a doctor" headingLevel={3}>
        x
      </CareCard>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveAccessibleName(
      'Fixture urgent: See a doctor',
    );
  });
});
