import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CiteLink } from '@/components/evidence/cite-link';

function renderCite() {
  render(
    <p>
      About 19 mild side effects for every 100 treatments.
      <CiteLink
        number={3}
        href="/sources#brady-2014--mild-rate"
        label="Source 3: Adverse events following trigger point dry needling, Journal"
        sourceName="Journal of Manual & Manipulative Therapy"
        quotes={[{ text: '1463 (19.18%) mild AEs', href: '/sources#brady-2014--mild-rate' }]}
        className="cite"
      />{' '}
      More text.
    </p>,
  );
  return screen.getByRole('link', { name: /^Source 3:/ });
}

describe('CiteLink with JavaScript', () => {
  it('is a numbered link to the quote on /sources, closed at first', () => {
    const link = renderCite();
    expect(link).toHaveTextContent('[3]');
    expect(link).toHaveAttribute('href', '/sources#brady-2014--mild-rate');
    expect(link).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/19\.18%/)).toBeNull();
  });

  it('shows the quoted words in place on click, in quotation marks, and hides them again', async () => {
    const user = userEvent.setup();
    const link = renderCite();
    await user.click(link);
    expect(link).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(link.getAttribute('aria-controls') ?? '');
    expect(panel).toHaveTextContent(
      'Journal of Manual & Manipulative Therapy says:“1463 (19.18%) mild AEs”',
    );
    expect(screen.getByRole('link', { name: 'About this source' })).toHaveAttribute(
      'href',
      '/sources#brady-2014--mild-rate',
    );
    await user.click(screen.getByRole('button', { name: /^Hide/ }));
    expect(link).toHaveAttribute('aria-expanded', 'false');
    expect(link).toHaveFocus();
    expect(screen.queryByText(/19\.18%/)).toBeNull();
  });

  it('opens with Enter and closes with Escape, keeping focus on the number', async () => {
    const user = userEvent.setup();
    const link = renderCite();
    link.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('“1463 (19.18%) mild AEs”')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('“1463 (19.18%) mild AEs”')).toBeNull();
    expect(link).toHaveFocus();
  });
});
