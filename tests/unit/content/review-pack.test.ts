import { describe, expect, it } from 'vitest';
import { validateContent, type ValidContent } from '@/lib/content/validate-content';
import { buildReviewPack, packSlug, type ReviewPack } from '@/lib/content/review-pack';
import { renderReviewPack } from '@/lib/content/review-pack-html';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import { validateSiteText } from '@/lib/content/validate-site-text';
import { FIXTURE_TODAY, nineConditionContent } from '../../fixtures/load-fixture';
import { FIXTURE_REVIEW_PACK, FIXTURE_SOURCES, fixtureSiteText } from '../../fixtures/site-text';

/** Fixture words for each rating (never content/evidence-rule.yaml), so the labels are known here. */
const RULE: EvidenceRuleText = {
  heading: 'Fixture rule',
  intro: 'Fixture rule intro.',
  rule: ['Fixture step.'],
  levels: {
    'better-than-sham': { label: 'FX beats sham', meaning: 'FX meaning.' },
    'better-than-none': { label: 'FX beats nothing', meaning: 'FX meaning.' },
    unclear: { label: 'FX unclear', meaning: 'FX meaning.' },
    'no-good-studies': { label: 'FX no studies', meaning: 'FX meaning.' },
    'not-reviewed': { label: 'FX not reviewed', meaning: 'FX meaning.' },
  },
  size: {
    important: 'FX important',
    'small-or-below-threshold': 'FX small',
    'not-reported': 'FX size unknown',
  },
  certainty: {
    high: 'FX high',
    moderate: 'FX moderate',
    low: 'FX low',
    'very-low': 'FX very low',
    'not-stated': 'FX certainty unknown',
  },
  duration: {
    'short-term': 'FX short',
    'up-to-months': 'FX months',
    'long-term': 'FX long',
  },
  noGuideline: 'FX no guideline.',
  helper: {
    matches: 'FX {therapy}',
    severalMatch: 'FX {therapies}',
    ratingForProblem: 'FX {rating}',
    notAnswer: 'FX not an answer.',
  },
};

/** Distinct words for the quotes back-ache cites, one with < and &, one read in a copy. */
const QUOTE_WORDS: Record<string, { text: string; seenAt?: string }> = {
  'vickers-2012/modest': {
    text: 'Needling beat sham needling by a modest margin.',
    seenAt: 'http://copy.example.org/vickers',
  },
  'gattie-2017/quality': { text: 'Results were mixed & p < 0.05 in one trial only.' },
  'mpft-neck-self-help/see-your-doctor': { text: 'See your doctor if the pain spreads.' },
};

function fixtureContent(): ValidContent {
  const raw = nineConditionContent(false);
  const sources = structuredClone(raw.sources.data) as {
    id: string;
    quotes?: { id: string; text: string; seenAt?: string }[];
  }[];
  for (const source of sources) {
    for (const quote of source.quotes ?? []) {
      Object.assign(quote, QUOTE_WORDS[`${source.id}/${quote.id}`] ?? {});
    }
  }
  const result = validateContent(
    { ...raw, sources: { ...raw.sources, data: sources } },
    { today: FIXTURE_TODAY },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.content;
}

function packFor(route: string): ReviewPack {
  const built = buildReviewPack(fixtureContent(), route, RULE);
  if (!built.ok) throw new Error(built.message);
  return built.pack;
}

describe('the review pack for a condition page', () => {
  const html = renderReviewPack(packFor('/conditions/back-ache'), FIXTURE_REVIEW_PACK);

  it('names the page, its file and its review history', () => {
    expect(html).toContain('<title>Fixture pack: Back ache</title>');
    expect(html).toContain('content/conditions/back-ache.yaml');
    expect(html).toContain('/conditions/back-ache');
    expect(html).toContain('Fixture editorial check on 2026-11-01');
    expect(html).toContain('2026-11-01 (new): Fixture: first published.');
  });

  it("shows each claim's statement with its quote and its source", () => {
    for (const statement of ['Fixture: first find.', 'Fixture: second find.']) {
      expect(html).toContain(statement);
    }
    expect(html).toContain('Needling beat sham needling by a modest margin.');
    expect(html).toContain('<a href="https://example.org/vickers-2012">');
    expect(html).toContain('Fixture source: Fixture source vickers-2012');
    expect(html).toContain('Fixture confidence: high');
    expect(html).toContain('Fixture checked: 2026-11-01');
    expect(html).toContain('Fixture seen at: http://copy.example.org/vickers');
    expect(html).toContain('therapies.acupuncture.research[0].sources');
  });

  it('shows each warning sign with its urgency, its action and its quote', () => {
    expect(html).toContain('Fixture warning signs');
    expect(html).toContain('Fixture sign');
    expect(html).toContain('before-needling');
    expect(html).toContain('See your doctor first, before any needling');
    expect(html).toContain('See your doctor if the pain spreads.');
    // back-ache names only its own set, not the hip fixture's.
    expect(html).not.toContain('Fixture hip sign');
  });

  it('shows each rating in words with the evidence fields it was computed from', () => {
    expect(html).toContain('FX beats sham: FX size unknown, FX certainty unknown');
    expect(html).toContain('FX unclear: FX size unknown, FX certainty unknown');
    for (const label of [
      'Fixture comparison',
      'Fixture direction',
      'Fixture size',
      'Fixture certainty',
      'Fixture duration',
    ]) {
      expect(html).toContain(`<th scope="row">${label}</th>`);
    }
    expect(html).toContain('<th scope="row">Fixture comparison</th><td>sham</td>');
    expect(html).toContain('<th scope="row">Fixture direction</th><td>mixed</td>');
    expect(html).toContain(
      '<th scope="row">Fixture size</th><td>not-reported</td><td>Fixture: no quote</td>',
    );
  });

  it('ends with a sign-off block and the YAML the editor adds', () => {
    const signOff = html.slice(html.indexOf('<section class="signoff">'));
    for (const label of [
      'Fixture sign-off',
      'Fixture name',
      'Fixture credentials',
      'Fixture date',
      'Fixture scope',
      'Fixture signature',
      'Fixture changes requested',
    ]) {
      expect(signOff).toContain(label);
    }
    expect(signOff).toContain(
      [
        'lastReviewed: &quot;FIXTURE-DATE&quot;',
        'nextReviewDue: &quot;FIXTURE-NEXT&quot;',
        'reviews:',
        '  - { kind: editorial, date: &quot;2026-11-01&quot; }',
        '  - { kind: clinical, date: &quot;FIXTURE-DATE&quot;, name: &quot;FIXTURE NAME&quot;, credentials: &quot;FIXTURE CREDENTIALS&quot;, scope: &quot;FIXTURE SCOPE&quot; }',
      ].join('\n'),
    );
  });

  it('is self-contained: no script, no remote style, image or font', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
  });
});

describe('the review pack for a therapy page', () => {
  it('rates the therapy for each condition, with not reviewed where there is no evidence', () => {
    const pack = packFor('/therapies/acupuncture');
    expect(pack.ratings.find((rating) => rating.subject === 'Back ache')?.words).toBe(
      'FX beats sham: FX size unknown, FX certainty unknown',
    );
    expect(pack.file).toBe('content/therapies/acupuncture.mdx');
  });
});

describe('escaping', () => {
  it('writes < and & in content as text, never as markup', () => {
    const html = renderReviewPack(packFor('/conditions/back-ache'), FIXTURE_REVIEW_PACK);
    expect(html).toContain('Results were mixed &amp; p &lt; 0.05 in one trial only.');
    expect(html).not.toContain('mixed & p < 0.05');
  });

  it('escapes a statement and a reviewer written with markup', () => {
    const pack = packFor('/conditions/back-ache');
    const html = renderReviewPack(
      {
        ...pack,
        claims: [{ ...pack.claims[0]!, statement: 'Pain <b>less</b> & sleep better' }],
        reviews: [
          ...pack.reviews,
          {
            kind: 'clinical',
            date: '2026-11-20',
            name: 'A <i>B',
            credentials: 'PT & DPT',
            scope: 'all',
          },
        ],
      },
      FIXTURE_REVIEW_PACK,
    );
    expect(html).toContain('Pain &lt;b&gt;less&lt;/b&gt; &amp; sleep better');
    expect(html).toContain(
      'Fixture clinical review by A &lt;i&gt;B, PT &amp; DPT, on 2026-11-20: all',
    );
    expect(html).not.toContain('<b>less</b>');
    expect(html).not.toContain('A <i>B');
  });
});

describe('an unknown route', () => {
  it('gives an error naming the route and listing every page a pack can be made for', () => {
    const built = buildReviewPack(fixtureContent(), '/conditions/neck-pian', RULE);
    expect(built).toEqual({ ok: false, message: expect.any(String) });
    const message = 'message' in built ? built.message : '';
    expect(message).toContain('"/conditions/neck-pian" is not a page this site has');
    expect(message).toContain('  /conditions/back-ache');
    expect(message).toContain('  /conditions/wrist-pain');
    expect(message).toContain('  /therapies/dry-needling');
  });

  it('names the file after the route', () => {
    expect(packSlug('/conditions/neck-pain')).toBe('conditions-neck-pain');
    expect(packSlug('/guides/safety-and-regulation')).toBe('guides-safety-and-regulation');
  });
});

describe('the review pack words (content/site-text.yaml reviewPack)', () => {
  const problemsOf = (change: (text: Record<string, unknown>) => void) => {
    const text = fixtureSiteText() as unknown as Record<string, unknown>;
    change(text);
    const result = validateSiteText(
      { file: 'content/site-text.yaml', data: text },
      FIXTURE_SOURCES,
    );
    return result.ok ? [] : result.problems;
  };

  it('are required', () => {
    expect(problemsOf((text) => delete text.reviewPack)).toEqual([
      expect.objectContaining({ file: 'content/site-text.yaml', field: 'reviewPack' }),
    ]);
  });

  it('must keep the slot the pack fills in', () => {
    expect(
      problemsOf((text) => {
        text.reviewPack = { ...FIXTURE_REVIEW_PACK, documentTitle: 'Review pack' };
      }),
    ).toEqual([
      {
        file: 'content/site-text.yaml',
        field: 'reviewPack.documentTitle',
        message: 'must include {title}, where the page fills it in',
      },
    ]);
  });
});
