import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveSearch } from '@/components/search/live-search';
import type { SearchOutcome } from '@/lib/search/schema';
import { FIXTURE_SEARCH_TEXT } from '../../fixtures/search-text';

const EMPTY: SearchOutcome = {
  query: '',
  truncated: false,
  status: 'empty',
  partial: false,
  total: 0,
  hits: [],
};

const answer = (query: string): SearchOutcome => ({
  query,
  truncated: false,
  status: 'results',
  partial: false,
  total: 1,
  hits: [
    {
      id: 'therapy:acupuncture',
      kind: 'therapy',
      title: 'Acupuncture',
      url: '/therapies/acupuncture',
      snippet: [
        { text: 'What ', mark: false },
        { text: 'acupuncture', mark: true },
        { text: ' is. <script>alert(1)</script>', mark: false },
      ],
    },
  ],
});

afterEach(() => vi.unstubAllGlobals());

describe('LiveSearch', () => {
  it('renders the server answer as a plain GET form with results', () => {
    render(<LiveSearch text={FIXTURE_SEARCH_TEXT} initial={answer('acupuncture')} />);
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('action', '/search');
    expect(form).toHaveAttribute('method', 'get');
    expect(screen.getByRole('searchbox', { name: /search for a word/i })).toHaveValue(
      'acupuncture',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 result for “acupuncture”.');
    expect(screen.getByRole('link', { name: 'Acupuncture' })).toHaveAttribute(
      'href',
      '/therapies/acupuncture',
    );
  });

  it('fetches once after typing stops, shows the hits and announces them', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      const query = new URL(url, 'http://x').searchParams.get('q') ?? '';
      return new Response(JSON.stringify(answer(query)), {
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    const { container } = render(<LiveSearch text={FIXTURE_SEARCH_TEXT} initial={EMPTY} />);
    await user.type(screen.getByRole('searchbox'), 'acupunture');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 result for “acupunture”.'),
    );
    // Debounced: one request for the whole word, not one per letter.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/search?q=acupunture');
    const mark = container.querySelector('mark');
    expect(mark).toHaveTextContent('acupuncture');
    // Snippet text is text: a <script> in it stays characters on the page.
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(window.location.search).toBe('?q=acupunture');
  });

  it('says so when live search fails, and lets the form submit normally', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('oops', { status: 500 })),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<LiveSearch text={FIXTURE_SEARCH_TEXT} initial={EMPTY} />);
    await user.type(screen.getByRole('searchbox'), 'qi');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/press Search to search/),
    );
  });
});
