import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { render, WithEvidenceWords } from '../render-with-words';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageTools } from '@/components/layout/page-tools';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'share');
});

describe('PageTools', () => {
  it('is in the server HTML, inside the wrapper that the no-script media query hides', () => {
    const html = renderToString(
      <WithEvidenceWords>
        <PageTools title="Acupuncture" />
      </WithEvidenceWords>,
    );
    expect(html).toMatch(/^<div class="page-tools /);
    expect(html).toContain('Fixture print');
    const css = readFileSync(resolve(__dirname, '../../../app/globals.css'), 'utf8');
    expect(css).toMatch(/@media \(scripting: none\) \{\s*\.page-tools \{\s*display: none;/);
  });

  it('prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<PageTools title="Acupuncture" />);
    await userEvent.click(screen.getByRole('button', { name: 'Fixture print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('copies the link where there is no share sheet, and announces it', async () => {
    const user = userEvent.setup();
    render(<PageTools title="Acupuncture" />);
    await user.click(screen.getByRole('button', { name: 'Fixture copy link' }));
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    expect(screen.getByRole('status')).toHaveTextContent('Fixture: copied.');
  });

  it('uses the share sheet where there is one, and stays quiet when the reader cancels', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('cancelled', 'AbortError');
    });
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<PageTools title="Acupuncture" />);
    await userEvent.click(screen.getByRole('button', { name: 'Fixture share' }));
    expect(share).toHaveBeenCalledWith({ title: 'Acupuncture', url: window.location.href });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
