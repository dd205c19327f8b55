import { describe, expect, it } from 'vitest';
import { validateContent } from '@/lib/content/validate-content';
import { validateSiteText } from '@/lib/content/validate-site-text';
import { sourceBacklinks } from '@/lib/evidence/page-citations';
import { validRawContent } from '../../fixtures/raw-content';
import { FIXTURE_SOURCES, fixtureSiteText } from '../../fixtures/site-text';

const FILE = 'content/site-text.yaml';

function problemsOf(data: unknown, today?: string) {
  const result = validateSiteText({ file: FILE, data }, FIXTURE_SOURCES, { today });
  return result.ok ? [] : result.problems;
}

describe('content/site-text.yaml', () => {
  it('accepts the fixture and returns it typed', () => {
    const result = validateSiteText({ file: FILE, data: fixtureSiteText() }, FIXTURE_SOURCES, {
      today: '2026-06-01',
    });
    expect(result.ok && Object.keys(result.text.reminders)).toEqual(['not-sure', 'see-doctor']);
  });

  it('no longer takes warning signs: they live in content/warning-signs.yaml', () => {
    expect(problemsOf({ ...fixtureSiteText(), warningSigns: [] })).toEqual([
      expect.objectContaining({ file: FILE, field: '(document)' }),
    ]);
  });

  it('fails a citation to a quote the source does not have', () => {
    const text = fixtureSiteText();
    text.reminders['see-doctor'] = {
      text: 'A reminder.',
      cite: [{ source: 'source-a', quote: 'nope' }],
    };
    expect(problemsOf(text)).toEqual([
      {
        file: FILE,
        field: 'reminders.see-doctor.cite.0',
        message: 'source "source-a" has no quote "nope" (its quotes: lung, doctor, rumour)',
      },
    ]);
  });

  it('fails a claim that rests only on a low-confidence quote', () => {
    const text = fixtureSiteText();
    text.homeShortAnswer = [{ text: 'A claim.', cite: [{ source: 'source-a', quote: 'rumour' }] }];
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        field: 'homeShortAnswer.0.cite',
        message: expect.stringMatching(/^rests only on low-confidence quotes/),
      }),
    ]);
  });

  it('fails words above the reading-grade ceiling', () => {
    const text = fixtureSiteText();
    const hard =
      'Notwithstanding the aforementioned considerations, individuals contemplating interventional musculoskeletal therapeutic modalities should consult appropriately credentialed practitioners regarding contraindications, physiological susceptibilities and institutional recommendations.';
    // The whole file is graded: hard words in a few places outweigh the helper's short lines.
    text.disclaimer.full = hard;
    text.disclaimer.short = hard;
    text.disclaimer.findings = hard;
    text.helper.intro.lead = hard;
    text.helper.answer.notDiagnosis = hard;
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        file: FILE,
        field: '(reading level)',
        message: expect.stringMatching(/above the ceiling of 8/),
      }),
    ]);
  });
});

describe('review dates never take the running site down', () => {
  it('the build (a clock given) fails the file once its review date has passed', () => {
    expect(problemsOf(fixtureSiteText(), '2027-01-11')).toEqual([
      {
        file: FILE,
        field: 'nextReviewDue',
        message:
          'has passed (2027-01-10): check the page against its sources, then add the check to reviews and update lastReviewed and nextReviewDue',
      },
    ]);
  });

  it('the server (no clock) accepts the same overdue file and overdue articles', () => {
    expect(problemsOf(fixtureSiteText())).toEqual([]);
    // validRawContent's pages fall due 2027-01-10: with no clock, nothing fails on the date.
    const result = validateContent(validRawContent());
    expect(result.ok).toBe(true);
    expect(validateContent(validRawContent(), { today: '2027-01-11' }).ok).toBe(false);
  });

  it('lastReviewed must be the date of the latest check', () => {
    const text = fixtureSiteText();
    text.reviews = [{ kind: 'editorial', date: '2026-01-09' }];
    expect(problemsOf(text)).toEqual([
      {
        file: FILE,
        field: 'lastReviewed',
        message:
          'must be the date of the latest check in reviews (2026-01-09): update one so they match',
      },
    ]);
  });
});

describe('where site-text citations show', () => {
  it('credits helper answers that show each source, and the home page, on /sources', () => {
    const text = fixtureSiteText();
    text.homeShortAnswer = [{ text: 'A claim.', cite: [{ source: 'source-b', quote: 'b' }] }];
    const backlinks = sourceBacklinks(['source-a', 'source-b'], {
      therapies: [],
      guides: [],
      glossary: [],
      comparePath: '/compare',
      siteText: text,
      places: text.interface.citingPlaces,
    });
    expect(backlinks.get('source-a')).toEqual([
      {
        label: 'Fixture helper (see a doctor first)',
        href: '/which-is-right-for-me?show=answer&want=not-sure',
      },
    ]);
    expect(backlinks.get('source-b')).toEqual([
      { label: 'Fixture home: the short answer', href: '/' },
    ]);
  });
});
