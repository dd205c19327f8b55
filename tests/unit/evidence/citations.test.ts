import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';
import { describe, expect, it } from 'vitest';
import {
  claimsByQuote,
  claimsOf,
  claimsPerConfidence,
  placeLabel,
  type Claim,
} from '@/lib/evidence/claims';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';
import { citeTags } from '@/lib/mdx/mdx-tags';
import { claimConfidence, quoteIndexOf } from '@/lib/schemas/citation';
import { quoteAnchor } from '@/lib/site/paths';
import { fixtureWarningSigns } from '../../fixtures/warning-signs';

const BODY = [
  '## Safety',
  '',
  'Bruises are common. <Cite id="a" quote="bruise" /> <Cite id="b" quote="bruise" /> A **rare** [risk](/x) is a <Term id="pneumothorax">collapsed lung</Term>. <Cite id="c" quote="lung" />',
  '',
  'Tell them first if you: <Cite id="d" quote="cautions" />',
  '',
  '- are pregnant',
  '- take a blood thinner',
  '',
  'No quote here. <Cite id="e" />',
].join('\n');

describe('citeTags: the one reader of <Cite>', () => {
  it('groups citations written side by side into one claim, with the words they follow', () => {
    expect(citeTags(BODY)).toEqual([
      { source: 'a', quote: 'bruise', claim: 0, statement: 'Bruises are common.' },
      { source: 'b', quote: 'bruise', claim: 0, statement: 'Bruises are common.' },
      { source: 'c', quote: 'lung', claim: 1, statement: 'A rare risk is a collapsed lung.' },
      {
        source: 'd',
        quote: 'cautions',
        claim: 2,
        statement: 'Tell them first if you: are pregnant; take a blood thinner',
      },
      { source: 'e', quote: undefined, claim: 3, statement: 'No quote here.' },
    ]);
  });

  it('finds nothing in a body without citations', () => {
    expect(citeTags('Plain text with a <Term id="x">word</Term>.')).toEqual([]);
  });
});

const quotes = quoteIndexOf([
  {
    id: 'a',
    quotes: [
      { id: 'strong', confidence: 'high' },
      { id: 'copy', confidence: 'medium' },
    ],
  },
  { id: 'b', quotes: [{ id: 'blog', confidence: 'low' }] },
]);

describe('claim confidence', () => {
  it('is the strongest quote a claim rests on', () => {
    expect(claimConfidence([{ source: 'b', quote: 'blog' }], quotes)).toBe('low');
    expect(
      claimConfidence(
        [
          { source: 'b', quote: 'blog' },
          { source: 'a', quote: 'copy' },
        ],
        quotes,
      ),
    ).toBe('medium');
    expect(claimConfidence([{ source: 'a', quote: 'strong' }], quotes)).toBe('high');
  });

  it('counts claims per level', () => {
    const claim = (refs: Claim['refs']): Claim => ({
      file: 'f',
      field: 'x',
      href: '/',
      place: { kind: 'home' },
      statement: 'S',
      refs,
    });
    expect(
      claimsPerConfidence(
        [
          claim([{ source: 'a', quote: 'strong' }]),
          claim([{ source: 'a', quote: 'copy' }]),
          claim([
            { source: 'a', quote: 'copy' },
            { source: 'b', quote: 'blog' },
          ]),
        ],
        quotes,
      ),
    ).toEqual({ high: 1, medium: 2, low: 0 });
  });
});

describe('claimsOf and claimsByQuote', () => {
  const claims = claimsOf({
    therapies: [],
    guides: [{ file: 'content/guides/g.mdx', title: 'Guide G', url: '/guides/g', raw: BODY }],
    glossary: [
      {
        id: 'word',
        term: 'Word',
        definition: 'A word.',
        sources: [{ source: 'a', quote: 'bruise' }],
      },
      { id: 'plain', term: 'Plain', definition: 'No sources.' },
    ],
    glossaryFile: 'content/glossary.json',
  });

  it('makes one claim per group of side-by-side citations, skipping ones without a quote', () => {
    const label = (claim: Claim) =>
      placeLabel(claim.place, FIXTURE_INTERFACE_TEXT.citingPlaces, FIXTURE_LABELS_TEXT.aspects);
    expect(claims.map((claim) => [label(claim), claim.statement, claim.refs.length])).toEqual([
      ['Guide G', 'Bruises are common.', 2],
      ['Guide G', 'A rare risk is a collapsed lung.', 1],
      ['Guide G', 'Tell them first if you: are pregnant; take a blood thinner', 1],
      ['Fixture glossary: Word', 'Word: A word.', 1],
    ]);
  });

  it('lists, for each quote, the statements that rest on it', () => {
    const byQuote = claimsByQuote(claims);
    expect(byQuote.get('a--bruise')?.map((claim) => claim.href)).toEqual([
      '/guides/g',
      '/glossary#word',
    ]);
    expect(byQuote.get('c--lung')?.map((claim) => claim.statement)).toEqual([
      'A rare risk is a collapsed lung.',
    ]);
  });

  it('anchors each quote on its source’s own page', () => {
    expect(quoteAnchor({ source: 'brady-2014', quote: 'mild-rate' })).toBe(
      '/sources/brady-2014#mild-rate',
    );
  });
});

describe('claimsOf: condition files', () => {
  const claims = claimsOf({
    therapies: [],
    guides: [],
    glossary: [],
    glossaryFile: 'content/glossary.json',
    conditions: [
      {
        file: 'content/conditions/neck-pain.yaml',
        url: '/conditions/neck-pain',
        name: 'Neck pain',
        warningSigns: ['skin'],
        therapies: {
          acupuncture: {
            rating: { level: 'unclear' },
            summary: { text: 'It may help.', sources: [{ source: 'a', quote: 'summary' }] },
            research: [{ text: 'One review.', sources: [{ source: 'b', quote: 'review' }] }],
            guidelines: [
              {
                body: 'NICE',
                where: 'england',
                stance: 'advises-against',
                text: 'Not offered.',
                sources: [{ source: 'c', quote: 'no' }],
              },
            ],
            coverage: [],
          },
        },
      },
    ],
    warningSigns: { file: 'content/warning-signs.yaml', library: fixtureWarningSigns() },
  });

  it('counts every cited statement of a condition file, linked to its section', () => {
    expect(
      claims
        .filter((claim) => claim.file.startsWith('content/conditions/'))
        .map((claim) => [claim.field, claim.href, claim.statement]),
    ).toEqual([
      [
        'therapies.acupuncture.summary.sources',
        '/conditions/neck-pain#therapy-acupuncture',
        'It may help.',
      ],
      [
        'therapies.acupuncture.research[0].sources',
        '/conditions/neck-pain#therapy-acupuncture',
        'One review.',
      ],
      [
        'therapies.acupuncture.guidelines[0].sources',
        '/conditions/neck-pain#therapy-acupuncture',
        'Not offered.',
      ],
    ]);
  });

  it('counts the signs of the sets the page names as claims on that page', () => {
    expect(
      claims
        .filter((claim) => claim.field.startsWith('sets[2]'))
        .map((claim) => [claim.file, claim.field, claim.href, claim.statement]),
    ).toEqual([
      ['content/warning-signs.yaml', 'sets[2].signs[0].cite', '/conditions/neck-pain', 'Red skin'],
    ]);
  });
});
