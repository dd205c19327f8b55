import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CiteLink } from '@/components/evidence/cite-link';
import { forgetSourceQuotes } from '@/components/evidence/source-quotes-client';
import { sourceQuotesPath } from '@/lib/site/paths';
import { render, WithEvidenceWords } from '../render-with-words';

const QUOTES_JSON = {
  id: 'brady-2014',
  title: 'Adverse events following trigger point dry needling',
  publisher: 'Journal of Manual & Manipulative Therapy',
  url: 'https://example.org/brady-2014',
  href: '/sources/brady-2014',
  quotes: [
    {
      id: 'mild-rate',
      anchor: 'mild-rate',
      text: 'Fixture quote: 1463 (19.18%) mild AEs',
      confidence: 'high',
      checked: '2026-11-29',
    },
    {
      id: 'other',
      anchor: 'other',
      text: 'Fixture quote this number does not rest on',
      confidence: 'high',
      checked: '2026-11-29',
    },
  ],
};

const cite = (
  <p>
    About 19 mild side effects for every 100 treatments.
    <CiteLink
      number={3}
      href="/sources/brady-2014#mild-rate"
      source={{ id: 'brady-2014', quoteIds: ['mild-rate'] }}
      className="cite"
    />{' '}
    More text.
  </p>
);

function renderCite() {
  render(cite);
  return screen.getByRole('link', { name: '[3]' });
}

/** A fetch that answers once `release` is called, so a test can see the loading state. */
function heldFetch(response: () => Response) {
  let release = () => {};
  const fetch = vi.fn(
    () =>
      new Promise<Response>((resolve) => {
        release = () => resolve(response());
      }),
  );
  vi.stubGlobal('fetch', fetch);
  return { fetch, release: () => release() };
}

beforeEach(() => forgetSourceQuotes());
afterEach(() => vi.unstubAllGlobals());

describe('CiteLink in the server HTML', () => {
  it('is a plain link to the quote on its source’s page, and carries no quote text', () => {
    const html = renderToString(
      <CiteLink
        number={3}
        href="/sources/brady-2014#mild-rate"
        source={{ id: 'brady-2014', quoteIds: ['mild-rate'] }}
        className="cite"
      />,
    );
    expect(html).toContain('href="/sources/brady-2014#mild-rate"');
    expect(html).toBe(
      '<sup class="cite"><a href="/sources/brady-2014#mild-rate" data-cite="">[3]</a></sup>',
    );
    expect(html).not.toContain('aria-expanded');
    expect(html).not.toContain('19.18%');
    expect(html).not.toContain('quotes.json');
  });

  it('is the same markup inside the controller, which adds nothing until JavaScript runs', () => {
    const html = renderToString(<WithEvidenceWords>{cite}</WithEvidenceWords>);
    expect(html).toContain('href="/sources/brady-2014#mild-rate"');
    expect(html).not.toContain('aria-expanded');
    expect(html).not.toContain('Fixture: loading the words.');
  });
});

describe('CiteLink with JavaScript', () => {
  it('is closed at first and fetches nothing until asked', () => {
    const { fetch } = heldFetch(() => Response.json(QUOTES_JSON));
    const link = renderCite();
    expect(link).toHaveTextContent('[3]');
    expect(link).toHaveAttribute('aria-expanded', 'false');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('on click shows a loading line, then the quote it rests on, marked up as a quote', async () => {
    const user = userEvent.setup();
    const held = heldFetch(() => Response.json(QUOTES_JSON));
    const link = renderCite();
    await user.click(link);
    expect(held.fetch).toHaveBeenCalledWith('/sources/brady-2014/quotes.json');
    expect(link).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(link.getAttribute('aria-controls') ?? '');
    expect(screen.getByRole('status')).toHaveTextContent('Fixture: loading the words.');
    held.release();
    const quote = await screen.findByText('Fixture quote: 1463 (19.18%) mild AEs');
    // Whose words they are comes with the words.
    expect(panel).toHaveTextContent('Fixture: Journal of Manual & Manipulative Therapy says:');
    expect(quote.tagName).toBe('Q');
    expect(quote).toHaveAttribute('cite', 'https://example.org/brady-2014');
    expect(screen.queryByText('Fixture quote this number does not rest on')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('link', { name: 'Fixture: about this source' })).toHaveAttribute(
      'href',
      '/sources/brady-2014#mild-rate',
    );
  });

  it('says so in the content’s words when the quotes cannot be fetched, and tries again later', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn(() => Promise.resolve(new Response('gone', { status: 404 })));
    vi.stubGlobal('fetch', fetch);
    const link = renderCite();
    await user.click(link);
    expect(await screen.findByRole('alert')).toHaveTextContent('Fixture: the words did not load.');
    expect(screen.getByRole('link', { name: 'Fixture: about this source' })).toBeInTheDocument();
    await user.click(link);
    await user.click(link);
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
  });

  it('fetches a source once, however often its number is opened', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn(() => Promise.resolve(Response.json(QUOTES_JSON)));
    vi.stubGlobal('fetch', fetch);
    const link = renderCite();
    await user.click(link);
    await screen.findByText('Fixture quote: 1463 (19.18%) mild AEs');
    await user.click(link);
    await user.click(link);
    expect(await screen.findByText('Fixture quote: 1463 (19.18%) mild AEs')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('hides again with its button, returning focus to the number', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(QUOTES_JSON)));
    const link = renderCite();
    await user.click(link);
    await screen.findByText('Fixture quote: 1463 (19.18%) mild AEs');
    await user.click(
      screen.getByRole('button', {
        name: /^Fixture hide\s+fixture quote from Journal of Manual & Manipulative Therapy$/,
      }),
    );
    expect(link).toHaveAttribute('aria-expanded', 'false');
    expect(link).toHaveFocus();
    expect(screen.queryByText('Fixture quote: 1463 (19.18%) mild AEs')).toBeNull();
  });

  it('is described by its entry in the page’s reference list, which names the source', () => {
    render(
      <>
        {cite}
        <ol>
          <li id="ref-brady-2014">Adverse events following trigger point dry needling — JMMT.</li>
        </ol>
      </>,
    );
    expect(screen.getByRole('link', { name: '[3]' })).toHaveAccessibleDescription(
      'Adverse events following trigger point dry needling — JMMT.',
    );
  });

  it('rests on every quote `data-quotes` lists, not only the one it links to', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(QUOTES_JSON)));
    render(
      <CiteLink
        number={4}
        href="/sources/brady-2014#mild-rate"
        source={{ id: 'brady-2014', quoteIds: ['mild-rate', 'other'] }}
        className="source-cite"
      />,
    );
    await user.click(screen.getByRole('link', { name: '[4]' }));
    expect(await screen.findByText('Fixture quote this number does not rest on')).toBeVisible();
    expect(screen.getByText('Fixture quote: 1463 (19.18%) mild AEs')).toBeVisible();
  });

  it('fetches from the address the server prerenders the source’s quotes at', async () => {
    const user = userEvent.setup();
    const { fetch } = heldFetch(() => Response.json(QUOTES_JSON));
    // The client reads the address off the number's link rather than importing lib/site/paths
    // (which brings Zod); both must agree.
    await user.click(renderCite());
    expect(fetch).toHaveBeenCalledWith(sourceQuotesPath('brady-2014'));
  });

  it('opens with Space too, as a disclosure does', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(QUOTES_JSON)));
    const link = renderCite();
    link.focus();
    await user.keyboard(' ');
    expect(link).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('Fixture quote: 1463 (19.18%) mild AEs')).toBeInTheDocument();
  });

  it('leaves a click with a modifier key to the browser (open in a new tab)', async () => {
    const user = userEvent.setup();
    const { fetch } = heldFetch(() => Response.json(QUOTES_JSON));
    const link = renderCite();
    let followed = false;
    const record = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', record);
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    document.removeEventListener('click', record);
    expect(followed).toBe(true);
    expect(link).toHaveAttribute('aria-expanded', 'false');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('opens with Enter and closes with Escape, keeping focus on the number', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(QUOTES_JSON)));
    const link = renderCite();
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Fixture quote: 1463 (19.18%) mild AEs')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('Fixture quote: 1463 (19.18%) mild AEs')).toBeNull();
    expect(link).toHaveFocus();
  });
});
