import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import { allPages } from '#content/generated';
import { MdxContent } from '@/components/mdx/mdx-content';
import { DEFAULT_MAX_GRADE, readingStats } from '@/lib/mdx/readability';
import type { SitePageValues } from '@/lib/schemas/mdx-tag-props';
import { FIXTURE_EVIDENCE_TEXT } from '../../fixtures/evidence-text';
import { fixtureWarningSigns } from '../../fixtures/warning-signs';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';

/** The page's prose as the build measures articles: one block a line, blank lines between. */
function proseOfPage(container: HTMLElement): string {
  return [...container.querySelectorAll('h2, p, li')]
    .map((block) => block.textContent?.trim() ?? '')
    .join('\n\n');
}

const DISCLAIMER =
  'This site is for information only. Talk with your doctor before you start any treatment.';

const WORDS = {
  email: 'Send an email to {email}.',
  emailSubject: 'Mistake on Needlewise',
  noInbox: 'This copy of the site has no email inbox for mistakes.',
};

function renderAbout(correctionsEmail: string | null = 'corrections@needlewise.org') {
  const about = allPages.find((page) => page._raw.sourceFileName === 'about.mdx');
  if (!about) throw new Error('content/pages/about.mdx is missing from the generated content');
  const values: SitePageValues = {
    numbers: { maxGrade: 8, maxReviewYears: 3, commentRetentionMonths: 12 },
    disclaimer: DISCLAIMER,
    correctionsEmail,
    words: WORDS,
  };
  return render(
    <MdxContent
      code={about.body.code}
      data={{
        citations: [],
        sources: {},
        terms: {},
        warnings: {
          sets: [],
          urgency: fixtureWarningSigns().urgency,
          labels: {},
          sourcesLead: 'Fixture sources:',
        },
        columns: [],
        rowWords: FIXTURE_LABELS_TEXT,
        careLevels: FIXTURE_LABELS_TEXT.careLevels,
        rule: evidenceRuleText(),
        words: { ...FIXTURE_EVIDENCE_TEXT.mdx, externalLink: FIXTURE_EVIDENCE_TEXT.externalLink },
        page: values,
      }}
    />,
  );
}

describe('the about page (content/pages/about.mdx)', () => {
  it(`reads at grade ${DEFAULT_MAX_GRADE} or lower`, () => {
    const { container } = renderAbout();
    const stats = readingStats(proseOfPage(container));
    expect(stats.words).toBeGreaterThan(300);
    expect(stats.grade).toBeLessThanOrEqual(DEFAULT_MAX_GRADE);
  });

  it('says how to report a mistake, with a mailto link to the inbox', () => {
    renderAbout('corrections@needlewise.org');
    const link = screen.getByRole('link', { name: 'corrections@needlewise.org' });
    expect(link).toHaveAttribute(
      'href',
      'mailto:corrections@needlewise.org?subject=Mistake%20on%20Needlewise',
    );
    expect(link.parentElement).toHaveTextContent(
      'please tell us. Send an email to corrections@needlewise.org.',
    );
  });

  it('claims only what is true of its sources: no "every health fact", and says which words are ours', () => {
    const { container } = renderAbout();
    const text = (container.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).not.toMatch(/every (health fact|medical claim)/i);
    expect(text).toContain('general safety advice');
    expect(text).toContain('It does not check that every sentence has a link.');
  });

  it('shows no address at all, rather than a fake one, when the site has no inbox', () => {
    renderAbout(null);
    expect(screen.queryByRole('link', { name: /@/ })).toBeNull();
    expect(screen.getByText(/no email inbox for mistakes/)).toBeInTheDocument();
  });

  it('covers review frequency, the disclaimer and privacy', () => {
    renderAbout();
    expect(screen.getByRole('heading', { name: /how we check/i })).toBeInTheDocument();
    expect(screen.getByText(/at least once every 3 years/)).toBeInTheDocument();
    expect(screen.getByText(/once a year/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /not medical advice/i })).toBeInTheDocument();
    expect(screen.getByText(DISCLAIMER)).toBeInTheDocument();
    expect(screen.getByText(/no cookies/)).toBeInTheDocument();
    expect(screen.getByText(/no analytics/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing loads from other companies/)).toBeInTheDocument();
  });

  it('keeps the places other pages link to (/about#privacy and the rest)', () => {
    const { container } = renderAbout();
    const ids = ['how-we-write', 'how-we-source', 'how-we-review', 'privacy', 'feedback-privacy'];
    expect(ids.filter((id) => container.querySelector(`#${id}`) === null)).toEqual([]);
  });

  it('describes both kinds of check, and never an editorial check as a clinical review', () => {
    renderAbout();
    expect(screen.getByText('Checked against its sources.')).toBeInTheDocument();
    expect(screen.getByText('Reviewed by a clinician.')).toBeInTheDocument();
    expect(screen.getByText(/This is not a medical review\./)).toBeInTheDocument();
    expect(
      screen.getByText(
        /An article or health-problem page that has not been reviewed by a clinician says so plainly/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/If a page falls due while the site is running, it stays up/),
    ).toBeInTheDocument();
  });

  it('says exactly what the feedback question keeps, and for how long', () => {
    renderAbout();
    expect(
      screen.getByRole('heading', { name: 'When you tell us if a page is useful' }),
    ).toBeInTheDocument();
    expect(screen.getByText('the address of the page,')).toBeInTheDocument();
    expect(screen.getByText('the hour you sent it, but not the minute.')).toBeInTheDocument();
    expect(
      screen.getByText(/We do not keep your IP address, your browser or a cookie/),
    ).toBeInTheDocument();
    expect(screen.getByText(/We delete what you wrote after 12 months/)).toBeInTheDocument();
  });
});
