import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AboutPolicy } from '@/components/about-policy';
import { DEFAULT_MAX_GRADE, readingStats } from '@/lib/readability';

/** The page's prose as the build measures articles: one block a line, blank lines between. */
function proseOfPage(container: HTMLElement): string {
  return [...container.querySelectorAll('h2, p, li')]
    .map((block) => block.textContent?.trim() ?? '')
    .join('\n\n');
}

describe('the about page policy', () => {
  it(`reads at grade ${DEFAULT_MAX_GRADE} or lower`, () => {
    const { container } = render(<AboutPolicy />);
    const stats = readingStats(proseOfPage(container));
    expect(stats.words).toBeGreaterThan(300);
    expect(stats.grade).toBeLessThanOrEqual(DEFAULT_MAX_GRADE);
  });

  it('says how to report a mistake, with a mailto link to the inbox', () => {
    render(<AboutPolicy correctionsEmail="corrections@needlewise.org" />);
    const link = screen.getByRole('link', { name: 'corrections@needlewise.org' });
    expect(link).toHaveAttribute(
      'href',
      'mailto:corrections@needlewise.org?subject=Mistake%20on%20Needlewise',
    );
  });

  it('shows no address at all, rather than a fake one, when the site has no inbox', () => {
    render(<AboutPolicy correctionsEmail={null} />);
    expect(screen.queryByRole('link', { name: /@/ })).toBeNull();
    expect(screen.getByText(/no email inbox for mistakes/)).toBeInTheDocument();
  });

  it('covers review frequency, the disclaimer and privacy', () => {
    render(<AboutPolicy />);
    expect(screen.getByRole('heading', { name: /how we check/i })).toBeInTheDocument();
    expect(screen.getByText(/at least once every 3 years/)).toBeInTheDocument();
    expect(screen.getByText(/once a year/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /not medical advice/i })).toBeInTheDocument();
    expect(screen.getByText(/no cookies/)).toBeInTheDocument();
    expect(screen.getByText(/no analytics/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing loads from other companies/)).toBeInTheDocument();
  });
});
