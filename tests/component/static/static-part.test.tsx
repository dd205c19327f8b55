import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaticPart } from '@/app/_static/static-part';

// In the browser a part has no HTML of its own to give (parts-browser.ts); the server's is in the page.
vi.mock('#static-parts', () => ({ staticPartHtml: () => null }));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('StaticPart', () => {
  it('keeps the server’s HTML when the page hydrates, and fetches nothing', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const container = document.createElement('div');
    container.innerHTML =
      '<div data-static-part="therapy-body:acupuncture"><h2>Server words</h2></div>';
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateRoot(container, <StaticPart name="therapy-body" params={{ slug: 'acupuncture' }} />);
    });
    expect(screen.getByRole('heading', { name: 'Server words' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('after a client-side navigation, takes its HTML from the page’s own document', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(
        new Response(
          '<!doctype html><html><body><main><div data-static-part="therapy-body:dry-needling">' +
            '<h2>Fixture body</h2></div></main></body></html>',
          { headers: { 'content-type': 'text/html' } },
        ),
      );
    render(<StaticPart name="therapy-body" params={{ slug: 'dry-needling' }} />);
    expect(await screen.findByRole('heading', { name: 'Fixture body' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe(window.location.href);
  });
});
