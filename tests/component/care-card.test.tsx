import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CareCard } from '@/components/care-card';

describe('CareCard', () => {
  it.each([
    ['emergency', 'Emergency advice:'],
    ['urgent', 'Urgent advice:'],
    ['non-urgent', 'Non-urgent advice:'],
  ] as const)('a %s card announces its level before its heading', (level, prefix) => {
    render(
      <CareCard level={level} title="Get help now">
        <p>Call 911.</p>
      </CareCard>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`${prefix} Get help now`);
    expect(screen.getByRole('region', { name: `${prefix} Get help now` })).toHaveAttribute('data-care-level', level);
    expect(screen.getByText('Call 911.')).toBeVisible();
  });
});
