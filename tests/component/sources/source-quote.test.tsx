import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceQuote } from '@/components/sources/source-quote';
import { SourceIndex } from '@/components/sources/source-index';

const WORDS = { checked: 'Fixture checked {date}.', statementsHeading: 'Fixture statements:' };

describe('a quote on its source’s page', () => {
  it('marks the words as a quote from the publisher’s page, under its own anchor, with its date', () => {
    render(
      <ul>
        <SourceQuote
          cite="https://example.org/trial"
          words={WORDS}
          quote={{
            id: 'finding',
            anchor: 'finding',
            legacyAnchor: 'trial--finding',
            text: 'Fixture finding words.',
            checked: '2026-11-29',
            checkedText: 'November 29, 2026',
            howSure: 'Fixture sure: high.',
            seenInCopy: 'Fixture copy on mirror.example.org.',
            statements: [{ href: '/guides/g', label: 'Guide G', statement: 'Needles are thin.' }],
          }}
        />
      </ul>,
    );
    const item = document.getElementById('finding');
    // A link made before, to #<source>--<quote>, still lands on the quote.
    expect(document.getElementById('trial--finding')?.closest('li')).toBe(item);
    const quote = item?.querySelector('blockquote');
    expect(quote).toHaveTextContent('Fixture finding words.');
    expect(quote).toHaveAttribute('cite', 'https://example.org/trial');
    const caption = item?.querySelector('figcaption');
    expect(caption).toHaveTextContent(
      'Fixture checked November 29, 2026. Fixture sure: high. Fixture copy on mirror.example.org.',
    );
    expect(caption?.querySelector('time')).toHaveAttribute('datetime', '2026-11-29');
    const statements = screen.getByRole('list', { name: 'Fixture statements:' });
    expect(statements).toHaveTextContent('Needles are thin. Guide G');
    const link = within(statements).getByRole('link', { name: 'Guide G' });
    expect(link).toHaveAttribute('href', '/guides/g');
    // The page's name is a title, which the reading grade leaves out like a source's title.
    expect(link.querySelector('cite')).toHaveTextContent('Guide G');
  });
});

describe('the /sources index', () => {
  it('shows one line per source, anchored by its id, linking to its page, under its kind', () => {
    render(
      <SourceIndex
        groups={[
          {
            kind: 'research',
            heading: 'Fixture research',
            sources: [
              { id: 'trial', title: 'A trial', publisher: 'A journal', href: '/sources/trial' },
            ],
          },
        ]}
      />,
    );
    const group = screen.getByRole('region', { name: 'Fixture research' });
    const line = within(group).getByRole('listitem');
    expect(line).toHaveAttribute('id', 'trial');
    expect(line).toHaveTextContent('A trialA journal');
    // The title and publisher are names of a work, not our prose: marked <cite>.
    expect(Array.from(line.querySelectorAll('cite'), (cite) => cite.textContent)).toEqual([
      'A trial',
      'A journal',
    ]);
    expect(within(line).getByRole('link', { name: 'A trial' })).toHaveAttribute(
      'href',
      '/sources/trial',
    );
  });
});
