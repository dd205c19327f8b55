import { fireEvent, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourcesSay } from '@/components/evidence/sources-say';
import { forgetSourceQuotes } from '@/components/evidence/source-quotes-client';
import { render, WithEvidenceWords } from '../render-with-words';

const SOURCES = {
  'source-a': { title: 'Source A', publisher: 'Publisher A' },
};
const REFS = [{ source: 'source-a', quote: 'words' }];
const QUOTES_JSON = {
  id: 'source-a',
  title: 'Source A',
  publisher: 'Publisher A',
  url: 'https://example.org/a',
  href: '/sources/source-a',
  quotes: [
    {
      id: 'words',
      anchor: 'words',
      text: 'Fixture words from source A.',
      confidence: 'high',
      checked: '2026-11-29',
    },
  ],
};

const fold = <SourcesSay refs={REFS} sources={SOURCES} subject="Fixture therapy, side effects" />;

/** Opens the fold as a click on its summary would: jsdom does not toggle details by itself. */
function open(details: HTMLDetailsElement) {
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

beforeEach(() => forgetSourceQuotes());
afterEach(() => vi.unstubAllGlobals());

describe('SourcesSay', () => {
  it('in the server HTML names each source and links to its quote, without the quote’s words', () => {
    const html = renderToString(<WithEvidenceWords>{fold}</WithEvidenceWords>);
    expect(html).toContain('Fixture: what the sources say');
    expect(html).toContain('href="/sources/source-a#words"');
    expect(html).toContain('Publisher A');
    expect(html).not.toContain('Fixture words from source A.');
  });

  it('fetches and shows the words, as a quote, when the fold is opened', async () => {
    const fetch = vi.fn(() => Promise.resolve(Response.json(QUOTES_JSON)));
    vi.stubGlobal('fetch', fetch);
    render(fold);
    const details = document.querySelector('details') as HTMLDetailsElement;
    expect(fetch).not.toHaveBeenCalled();
    open(details);
    const quote = await screen.findByText('Fixture words from source A.');
    expect(quote.tagName).toBe('Q');
    expect(quote).toHaveAttribute('cite', 'https://example.org/a');
    expect(fetch).toHaveBeenCalledWith('/sources/source-a/quotes.json');
  });

  it('says so in the content’s words when the words cannot be fetched, keeping the links', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    render(fold);
    open(document.querySelector('details') as HTMLDetailsElement);
    expect(await screen.findByRole('alert')).toHaveTextContent('Fixture: the words did not load.');
    expect(screen.getByRole('link', { name: 'Publisher A' })).toHaveAttribute(
      'href',
      '/sources/source-a#words',
    );
  });
});
