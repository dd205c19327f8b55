import { describe, expect, it } from 'vitest';
import {
  articleQuoteRefs,
  articleReferenceIds,
  comparisonTableAspects,
  groupByPublisher,
  profileCitations,
  profileSourceIds,
  siteTextCitations,
  sourceBacklinks,
} from '@/lib/evidence/page-citations';
import type { Source } from '@/lib/schemas/source';
import { profileFixture, refs } from '../../fixtures/profile';
import { fixtureSiteText } from '../../fixtures/site-text';
import { fixtureWarningSigns } from '../../fixtures/warning-signs';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';

const PLACES = FIXTURE_INTERFACE_TEXT.citingPlaces;

const profile = profileFixture;

/** A therapy's uses as the condition files give them: only their sources matter here. */
const uses = (...ids: string[]) => ids.map((id) => ({ sources: refs([id]) }));

const source = (id: string, publisher: string, title = id): Source => ({
  id,
  title,
  publisher,
  kind: 'patient-information',
  url: `https://example.org/${id}`,
});

describe('profileSourceIds', () => {
  it('collects cell sources and the sources of the uses the condition files give', () => {
    const ids = profileSourceIds(profile({ origin: ['a'] }), undefined, uses('use-only'));
    expect(ids).toEqual(expect.arrayContaining(['a', 'base', 'use-only']));
  });

  it('looks only at the aspects asked for', () => {
    const ids = profileSourceIds(profile({ origin: ['a'], seriousRisks: ['risk'] }), [
      'seriousRisks',
    ]);
    expect(ids).toEqual(['risk']);
  });
});

describe('comparisonTableAspects', () => {
  it('reads the aspects of every embedded table and ignores unknown names', () => {
    const body = `Text\n\n<ComparisonTable aspects={["origin", 'focus', "nonsense"]} caption="x" />\n\n<ComparisonTable aspects={["session"]} />`;
    expect(comparisonTableAspects(body)).toEqual(['origin', 'focus', 'session']);
  });

  it('finds nothing in a body without a table', () => {
    expect(comparisonTableAspects('Just <Cite id="a" /> text.')).toEqual([]);
  });
});

describe('articleReferenceIds', () => {
  it('puts in-text citations first, then embedded tables, without repeats', () => {
    const therapies = [
      { slug: 't', profile: profile({ origin: ['t-origin'], session: ['t-session'] }) },
    ];
    const ids = articleReferenceIds(
      { raw: '<Cite id="x" /> <Cite id="base" /> <ComparisonTable aspects={["session"]} />' },
      therapies,
    );
    expect(ids).toEqual(['x', 'base', 't-session']);
  });

  it('opens a therapy page’s list with its key-facts box, the first thing a reader meets', () => {
    const own = profile({ origin: ['t-origin'], cost: ['t-cost'], evidence: ['t-evidence'] });
    const therapies = [{ slug: 't', profile: own }];
    const ids = articleReferenceIds(
      { slug: 't', profile: own, raw: '<Cite id="x" /> <Cite id="t-origin" />' },
      therapies,
    );
    // The box shows origin and cost (evidence shows only on /compare); a source cited again in
    // the text keeps its first number.
    expect(ids.slice(0, 2)).toEqual(['t-origin', 'base']);
    expect(ids).toContain('t-cost');
    expect(ids).not.toContain('t-evidence');
    expect(ids.indexOf('x')).toBeGreaterThan(ids.indexOf('t-cost'));
    expect(ids.filter((id) => id === 't-origin')).toHaveLength(1);
  });

  it('credits only the therapies a table names', () => {
    const therapies = [
      { slug: 'a', profile: profile(), uses: uses('a-uses') },
      { slug: 'b', profile: profile(), uses: uses('b-uses') },
    ];
    const raw = '<ComparisonTable therapies={["b"]} aspects={["conditions"]} />';
    const ids = articleReferenceIds({ raw }, therapies);
    expect(ids).toContain('b-uses');
    expect(ids).not.toContain('a-uses');
  });
});

describe('sourceBacklinks', () => {
  const therapies = [
    {
      slug: 'a',
      title: 'Therapy A',
      url: '/therapies/a',
      raw: 'Claim. <Cite id="s1" />',
      profile: profile({ cost: ['s2'], evidence: ['s4'] }),
    },
  ];
  const guides = [
    { title: 'Guide G', url: '/guides/g', raw: '<Cite id="s3" /> and <Cite id="s1" />' },
    { title: 'Guide T', url: '/guides/t', raw: '<ComparisonTable aspects={["evidence"]} />' },
  ];
  const glossary = [
    { id: 'word', term: 'Word', sources: [{ source: 's3', quote: 'words' }] },
    { id: 'plain', term: 'Plain' },
  ];
  // Computed inside each test (not once when the file loads), so each test runs the code it checks.
  const links = () =>
    sourceBacklinks(['s1', 's2', 's3', 's4', 'base', 'unused'], {
      therapies,
      guides,
      glossary,
      comparePath: '/compare',
      places: PLACES,
    });
  const hrefs = (id: string) => (links().get(id) ?? []).map((page) => page.href);

  it('links a source to every article that cites it in the text', () => {
    expect(hrefs('s1')).toEqual(['/therapies/a', '/guides/g']);
  });

  it('credits a therapy page with the profile cells its key facts show, the comparison with every cell', () => {
    // Cost is a key fact; evidence shows only on /compare and in a guide's table that asks for it.
    expect(hrefs('s2')).toEqual(['/therapies/a', '/compare']);
    expect(hrefs('s4')).toEqual(['/guides/t', '/compare']);
  });

  it('links glossary sources to the term anchor', () => {
    expect(hrefs('s3')).toEqual(['/guides/g', '/glossary#word']);
    expect(links().get('s3')?.[1]?.label).toBe('Fixture glossary: Word');
  });

  it('lists a source no one cites with no pages, and ignores ids outside the registry', () => {
    expect(hrefs('unused')).toEqual([]);
    expect(links().has('missing')).toBe(false);
  });

  it('reads every spelling of a citation the site accepts: double or single quotes, extra spaces', () => {
    const spelled = sourceBacklinks(['d', 's', 'w'], {
      therapies: [],
      guides: [
        {
          title: 'Spellings',
          url: '/guides/spellings',
          raw: 'One.<Cite id="d" /> Two.<Cite id=\'s\'/> Three.<Cite   id="w"  />',
        },
      ],
      glossary: [],
      comparePath: '/compare',
      places: PLACES,
    });
    expect([...spelled].map(([id, pages]) => [id, pages.map((page) => page.href)])).toEqual([
      ['d', ['/guides/spellings']],
      ['s', ['/guides/spellings']],
      ['w', ['/guides/spellings']],
    ]);
  });
});

describe('groupByPublisher', () => {
  it('puts NCCIH first and Cleveland Clinic second, then the rest by name, titles sorted', () => {
    const groups = groupByPublisher([
      source('z', 'Zeta Journal'),
      source('cc', 'Cleveland Clinic'),
      source('nhs', 'NHS'),
      source('n2', 'NCCIH (National Center)', 'B title'),
      source('n1', 'NCCIH (National Center)', 'A title'),
      source('a', 'Alpha Press'),
    ]);
    expect(groups.map((group) => group.publisher)).toEqual([
      'NCCIH (National Center)',
      'Cleveland Clinic',
      'Alpha Press',
      'NHS',
      'Zeta Journal',
    ]);
    expect(groups[0]?.sources.map((s) => s.id)).toEqual(['n1', 'n2']);
  });

  it('keeps every source exactly once, and a publisher with one source as its own group', () => {
    const grouped = groupByPublisher([
      source('b', 'Beta'),
      source('a2', 'Alpha', 'Second'),
      source('a1', 'Alpha', 'First'),
    ]);
    expect(grouped).toEqual([
      {
        publisher: 'Alpha',
        sources: [source('a1', 'Alpha', 'First'), source('a2', 'Alpha', 'Second')],
      },
      { publisher: 'Beta', sources: [source('b', 'Beta')] },
    ]);
  });
});

describe('profileCitations', () => {
  it('gives every quote behind the aspects asked for, items and uses included, once each', () => {
    const therapy = profileFixture({
      origin: ['o', 'shared'],
      cautions: ['c'],
      'caution-item': ['item', 'shared'],
      cost: ['cost'],
    });
    expect(
      profileCitations(therapy, ['origin', 'cautions', 'conditions'], uses('use-a', 'shared')),
    ).toEqual(refs(['o', 'shared', 'c', 'item', 'use-a']));
    expect(profileCitations(therapy, ['cost'])).toEqual(refs(['cost']));
  });

  it('gives no uses when none are passed for the conditions aspect', () => {
    expect(profileCitations(profileFixture(), ['conditions'])).toEqual([]);
  });
});

describe('articleQuoteRefs', () => {
  const alpha = { slug: 'alpha', profile: profileFixture({ cost: ['alpha-cost'] }) };
  const beta = {
    slug: 'beta',
    profile: profileFixture({ cost: ['beta-cost'] }),
    uses: uses('beta-use'),
  };

  it('lists in-text quotes first, then the cells of embedded tables, skipping tags without a quote', () => {
    const raw = [
      'One. <Cite id="text" quote="first" /> Two. <Cite id="no-quote" />',
      '',
      '<ComparisonTable aspects={["cost", "conditions", "made-up"]} />',
    ].join('\n');
    expect(articleQuoteRefs(raw, [alpha, beta])).toEqual([
      { source: 'text', quote: 'first' },
      ...refs(['alpha-cost', 'beta-cost', 'beta-use']),
    ]);
  });

  it('credits only the therapies a table names, and nothing for a table without aspects', () => {
    const raw =
      '<ComparisonTable aspects={["cost"]} therapies={["beta"]} />\n\n<ComparisonTable />';
    expect(articleQuoteRefs(raw, [alpha, beta])).toEqual(refs(['beta-cost']));
  });
});

describe('siteTextCitations', () => {
  const cite = (source: string) => [{ source, quote: 'q' }];
  const base = fixtureSiteText();
  const text = {
    ...base,
    reminders: {
      'not-sure': { text: 'Not sure.', cite: cite('not-sure') },
      'see-doctor': { text: 'See a doctor.', cite: cite('see-doctor') },
    },
    homeShortAnswer: [{ text: 'Short.', cite: cite('home') }],
  };

  it('credits the helper answer that shows each citation, and the home page', () => {
    expect(siteTextCitations(text)).toEqual([
      {
        ids: ['not-sure'],
        page: {
          label: 'Fixture helper (not sure)',
          href: '/which-is-right-for-me?show=answer&bother=other',
        },
      },
      {
        ids: ['see-doctor'],
        page: {
          label: 'Fixture helper (see a doctor first)',
          href: '/which-is-right-for-me?show=answer&want=not-sure',
        },
      },
      { ids: ['home'], page: { label: 'Fixture home: the short answer', href: '/' } },
    ]);
  });
});

describe('sourceBacklinks with condition pages and site text', () => {
  it('links condition pages and the helper answers that show a source, each page once', () => {
    const base = fixtureSiteText();
    const backlinks = sourceBacklinks(['cond', 'source-a', 'nobody'], {
      therapies: [],
      guides: [],
      glossary: [],
      comparePath: '/compare',
      places: PLACES,
      conditions: [
        { name: 'Neck pain', url: '/conditions/neck-pain', sources: ['cond', 'cond'] },
        { name: 'Migraine', url: '/conditions/migraine', sources: ['cond'] },
      ],
      siteText: base,
      warningSigns: fixtureWarningSigns(),
    });
    expect(backlinks.get('cond')).toEqual([
      { label: 'Neck pain', href: '/conditions/neck-pain' },
      { label: 'Migraine', href: '/conditions/migraine' },
    ]);
    expect(backlinks.get('source-a')?.map((page) => page.href)).toEqual([
      '/which-is-right-for-me?show=answer&want=not-sure',
      '/',
      '/which-is-right-for-me?show=answer&warning=chest-pain',
      '/which-is-right-for-me?show=answer&warning=fever',
    ]);
    expect(backlinks.get('nobody')).toEqual([]);
  });
});
