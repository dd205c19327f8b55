import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackFields, FeedbackForm } from '@/components/feedback/feedback-form';
import { formWordsOf } from '@/lib/content/pages/feedback';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';

const words = formWordsOf(FIXTURE_INTERFACE_TEXT.feedback);
const { problems } = FIXTURE_INTERFACE_TEXT.feedback;

function reply(status: number, body: object) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status }));
}

/** The form as a route puts it together: its fields (a static part in the app) inside it. */
function formFor(path: string) {
  return <FeedbackForm words={words} fields={<FeedbackFields path={path} words={words} />} />;
}

afterEach(() => vi.unstubAllGlobals());

describe('FeedbackForm', () => {
  it('is a POST form to /api/feedback carrying the page path, with a labelled question', () => {
    const { container } = render(formFor('/guides/your-first-session'));
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/api/feedback');
    expect(container.querySelector('input[name="page"]')).toHaveValue('/guides/your-first-session');
    expect(screen.getByRole('group', { name: 'Is this page useful?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No' })).toBeInTheDocument();
    const comment = screen.getByRole('textbox', { name: 'What was missing or wrong? (optional)' });
    expect(comment).toHaveAttribute('maxlength', '500');
    expect(comment).toHaveAccessibleDescription(/Do not include your name/);
    expect(screen.getByTestId('feedback')).toHaveClass('no-print');
  });

  it('hides the honeypot from readers and the keyboard', () => {
    const { container } = render(formFor('/compare'));
    const trap = container.querySelector('input[name="website"]');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: /leave this field empty/i })).toBeNull();
  });

  it('sends in place, then shows, announces and focuses the thank-you', async () => {
    const fetch = reply(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    render(formFor('/compare'));
    await userEvent.click(screen.getByRole('radio', { name: 'No' }));
    await userEvent.type(screen.getByRole('textbox'), 'More on cost');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    const thanks = await screen.findByTestId('feedback-thanks');
    expect(thanks).toHaveTextContent('Thank you for your answer');
    await waitFor(() => expect(thanks).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Thank you for your answer');
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]).toEqual([
      '/api/feedback',
      expect.objectContaining({ method: 'POST', headers: { Accept: 'application/json' } }),
    ]);
    const body = (fetch.mock.calls[0] as unknown as [string, { body: URLSearchParams }])[1].body;
    expect(body.toString()).toBe('page=%2Fcompare&answer=no&comment=More+on+cost&website=');
  });

  it('announces the sentence the server gives a refusal, with focus on the question it is about', async () => {
    vi.stubGlobal(
      'fetch',
      reply(400, { ok: false, problem: 'missing-answer', message: problems['missing-answer'] }),
    );
    render(formFor('/compare'));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Yes' })).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Choose Yes or No to say whether the page was useful.',
    );
    expect(screen.getByTestId('feedback-problem')).toHaveTextContent('Choose Yes or No');
  });

  it('says the answer could not be saved when the reply carries no sentence', async () => {
    vi.stubGlobal('fetch', reply(503, { ok: false, problem: 'unavailable' }));
    render(formFor('/compare'));
    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(screen.getByTestId('feedback-problem')).toHaveTextContent(
        'We could not save your answer. Please try again later.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
  });

  it('says the answer could not be saved when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    render(formFor('/compare'));
    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(screen.getByTestId('feedback-problem')).toHaveTextContent(
        'We could not save your answer. Please try again later.',
      ),
    );
  });
});
