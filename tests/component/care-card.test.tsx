import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CareCard, type CareLevel } from '@/components/care-card';

describe('CareCard', () => {
  it.each([
    ['non-urgent', 'Non-urgent advice:'],
    ['urgent', 'Urgent advice:'],
    ['emergency', 'Emergency advice:'],
  ] as [CareLevel, string][])(
    '%s: a heading that starts with a visually hidden “%s”',
    (level, prefix) => {
      render(
        <CareCard level={level} title="Get help now">
          <p>Call 911.</p>
        </CareCard>,
      );
      const heading = screen.getByRole('heading', { level: 2, name: `${prefix} Get help now` });
      const hidden = heading.querySelector('.sr-only');
      expect(hidden).toHaveTextContent(prefix);
      const region = screen.getByRole('region', { name: `${prefix} Get help now` });
      expect(region).toHaveAttribute('data-care-level', level);
      expect(region).toHaveTextContent('Call 911.');
    },
  );

  it('levels differ by more than colour: each has its own border and background classes', () => {
    const { container } = render(
      <>
        <CareCard level="non-urgent" title="a">
          x
        </CareCard>
        <CareCard level="urgent" title="b">
          x
        </CareCard>
        <CareCard level="emergency" title="c">
          x
        </CareCard>
      </>,
    );
    const classes = [...container.querySelectorAll('section')].map((s) => s.className);
    expect(new Set(classes).size).toBe(3);
    expect(classes[2]).toMatch(/bg-emergency-bg/);
    expect(classes[2]).toMatch(/text-emergency-ink/);
  });

  it('can sit under an h2 as an h3', () => {
    render(
      <CareCard level="urgent" title="See a doctor" headingLevel={3}>
        x
      </CareCard>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveAccessibleName(
      'Urgent advice: See a doctor',
    );
  });
});
