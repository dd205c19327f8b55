import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuotedSources } from '@/components/evidence/quoted-sources';
import { renderedProseBlocks } from '@/lib/mdx/rendered-prose';
import type { Source } from '@/lib/schemas/source';
import { fixtureSiteText } from '../../fixtures/site-text';
import { FIXTURE_EVIDENCE_TEXT } from '../../fixtures/evidence-text';

const quote = {
  id: 'words',
  text: 'Fixture words.',
  confidence: 'high',
  checked: '2026-11-29',
} as const;
const SOURCES: Source[] = [
  {
    id: 'dated',
    title: 'Dated review',
    publisher: 'Pub A',
    kind: 'research',
    url: 'https://example.org/a',
    year: 2013,
    quotes: [quote],
  },
  {
    id: 'estimated',
    title: 'Old agency page',
    publisher: 'Pub B',
    kind: 'patient-information',
    url: 'https://example.org/b',
    year: 2020,
    yearApproximate: true,
    quotes: [quote],
  },
  {
    id: 'undated',
    title: 'Undated page',
    publisher: 'Pub C',
    kind: 'patient-information',
    url: 'https://example.org/c',
    quotes: [quote],
  },
];

describe('QuotedSources', () => {
  it('says when each source is from, in the editor’s words, and says nothing for an undated one', () => {
    render(
      <QuotedSources
        headingId="sources-title"
        numbering={['dated', 'estimated', 'undated']}
        sources={SOURCES}
        words={{
          details: fixtureSiteText().sourceDetails,
          list: FIXTURE_EVIDENCE_TEXT.quotedSources,
          external: FIXTURE_EVIDENCE_TEXT.externalLink,
        }}
      />,
    );
    const entries = screen.getAllByRole('listitem').filter((item) => item.id.startsWith('ref-'));
    expect(entries.map((item) => item.id)).toEqual(['ref-dated', 'ref-estimated', 'ref-undated']);
    expect(entries[0]).toHaveTextContent(
      'Dated review ↗ (fixture: opens another website) — Pub A. Fixture year 2013. Dated review: Fixture: more about this source',
    );
    expect(entries[1]).toHaveTextContent(
      'Old agency page ↗ (fixture: opens another website) — Pub B. Fixture year about 2020. Old agency page:',
    );
    expect(entries[2]).toHaveTextContent(
      'Undated page ↗ (fixture: opens another website) — Pub C. Undated page: Fixture: more about this source',
    );
    expect(entries[2]).not.toHaveTextContent(/Fixture year/);
    // Each source is named once, linked to its page here; its quoted words stay on that page.
    expect(
      screen.getAllByRole('link', { name: /Fixture: more about this source/ })[0],
    ).toHaveAttribute('href', '/sources/dated');
    expect(document.body).not.toHaveTextContent('Fixture words.');
    expect(document.querySelectorAll('q, blockquote')).toHaveLength(0);
    // Titles and publishers are marked as titles of works, so the reading grade leaves them out.
    const cites = document.querySelectorAll('#ref-dated cite');
    expect(Array.from(cites, (cite) => cite.textContent)).toEqual([
      'Dated review',
      'Pub A',
      'Dated review',
    ]);
    expect(renderedProseBlocks(document.body)).toContain(
      '↗ (fixture: opens another website) — . Fixture year 2013. : Fixture: more about this source',
    );
  });
});
