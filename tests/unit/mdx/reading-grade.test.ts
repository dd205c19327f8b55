// @vitest-environment jsdom
// The rendered side needs a DOM to read; the rest of tests/unit runs without one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proseBlocksOf } from '@/lib/mdx/prose';
import { gradeOfBlocks, readingStats, withoutWebAddresses } from '@/lib/mdx/readability';
import { renderedProseBlocks } from '@/lib/mdx/rendered-prose';

// One page, twice: its MDX source (what the content check reads) and its rendered HTML (what the
// browser test reads), with a glossary term, a citation, a quote, a list, a table, and a source
// named by its title and publisher (<cite>) with its web addresses.
const mdx = readFileSync('tests/fixtures/reading-grade/page.mdx', 'utf8');
const html = readFileSync('tests/fixtures/reading-grade/page.html', 'utf8');

function renderedBlocks(): string[] {
  document.body.innerHTML = html;
  const main = document.querySelector('main');
  if (!main) throw new Error('tests/fixtures/reading-grade/page.html has no <main>');
  return renderedProseBlocks(main);
}

const OWN_BLOCKS = [
  'What dry needling is',
  'Dry needling uses thin needles to treat a trigger point. A trigger point is a tight knot in a muscle.',
  'Who does it',
  'Physical therapists in many US states',
  'Some doctors and chiropractors',
  'Question',
  'Answer',
  'Does it hurt?',
  'You may feel a twitch or an ache.',
  'How long is a visit?',
  'Often about 30 minutes.',
  'Ask your doctor first if you take blood thinners.',
  'Sources',
  'Read , from , at https://my.clevelandclinic.org/health/treatments/16542-dry-needling or on /sources/cleveland-dry-needling',
];

describe('the reading grade of a page, from its source and from its rendered HTML', () => {
  it('reads the same blocks from both, leaving out the quote, the citation number, the term popover and the titles', () => {
    expect(proseBlocksOf(mdx)).toEqual(OWN_BLOCKS);
    expect(renderedBlocks()).toEqual(OWN_BLOCKS);
  });

  it('gives both the same grade', () => {
    expect(readingStats(mdx).grade).toBe(2.2);
    expect(gradeOfBlocks(renderedBlocks())).toBe(2.2);
  });

  it('would grade the quote far higher, which is why it is left out', () => {
    const quote =
      'Dry needling is a treatment that healthcare providers use for pain and movement issues associated with myofascial trigger points.';
    expect(gradeOfBlocks([quote])).toBeGreaterThan(10);
  });

  it('would grade a title of a work high too, which is why <cite> is left out on both sides', () => {
    const title = 'Adverse events of acupuncture: a systematic review of case reports';
    expect(gradeOfBlocks([title])).toBeGreaterThan(10);
    expect(proseBlocksOf(`See <cite>${title}</cite> here.`)).toEqual(['See here.']);
  });
});

describe('web addresses in prose', () => {
  it('are left out of the grade, keeping the full stop after one', () => {
    expect(
      withoutWebAddresses(
        'Read https://www.nhs.uk/tests-and-treatments/acupuncture/. Or see /sources/nhs-acupuncture now.',
      ),
    ).toBe('Read . Or see  now.');
    expect(withoutWebAddresses('Go to www.nhs.uk, then call.')).toBe('Go to , then call.');
  });

  it('leave words with a slash in them alone', () => {
    expect(withoutWebAddresses('Ask about pain and/or numbness, 24/7.')).toBe(
      'Ask about pain and/or numbness, 24/7.',
    );
  });

  it('would otherwise count as one very long word', () => {
    expect(gradeOfBlocks(['Link to this page', '/sources/bmas-general-information'])).toBeLessThan(
      8,
    );
  });
});
