import { describe, expect, it } from 'vitest';
import { problemPage } from '@/lib/feedback/problem-page';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';

const words = FIXTURE_INTERFACE_TEXT.feedback;

describe('the page a reader without JavaScript sees when an answer is refused', () => {
  it("says why in content's words, and offers the form again with what they wrote", () => {
    const html = problemPage({
      problem: 'missing-answer',
      fields: { comment: 'More on cost <please>' },
      knownPage: '/compare',
      words,
    });
    expect(html).toContain('<title>We could not take your answer – Needlewise</title>');
    expect(html).toContain('<h1>We could not take your answer</h1>');
    expect(html).toContain(
      'data-problem="missing-answer">Choose Yes or No to say whether the page was useful.</p>',
    );
    expect(html).toContain('<legend>Is this page useful?</legend>');
    expect(html).toContain('>More on cost &lt;please&gt;</textarea>');
    expect(html).toContain('<a href="/compare">Go back to the page you were reading</a>');
  });

  it('links home, with no form, when the page is unknown', () => {
    const html = problemPage({ problem: 'unknown-page', fields: {}, knownPage: null, words });
    expect(html).toContain('Fixture: we do not know that page.');
    expect(html).not.toContain('<form');
    expect(html).toContain('<a href="/">Go to the home page</a>');
  });

  it('escapes markup in the words, as it does in what the reader sent', () => {
    const html = problemPage({
      problem: 'honeypot',
      fields: {},
      knownPage: null,
      words: { ...words, problems: { ...words.problems, honeypot: 'Use <b>one</b> & only one.' } },
    });
    expect(html).toContain('Use &lt;b&gt;one&lt;/b&gt; &amp; only one.');
  });
});
