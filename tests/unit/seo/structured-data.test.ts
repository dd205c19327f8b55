import { describe, expect, it } from 'vitest';
import { articleLd } from '@/lib/seo/article-ld';
import { trailOf } from '@/lib/site/breadcrumb-trails';
import {
  breadcrumbLd,
  citationLd,
  definedTermSetLd,
  medicalTherapyLd,
  medicalWebPageLd,
  reviewerLd,
  serializeJsonLd,
  graphOf,
} from '@/lib/seo/structured-data';
import { absoluteUrl } from '@/lib/site/site-config';
import { reviewedGuide } from '../../fixtures/clinical-review';
import { profileFixture } from '../../fixtures/profile';
import { FIXTURE_PAGES_TEXT } from '../../fixtures/pages-text';

/** The home page's name in the trail comes from content; the fixture's word stands in for it. */
const HOME = FIXTURE_PAGES_TEXT.chrome.home;
const pageTrail = (name: string, path: string) => trailOf(HOME, { name, path });

type Json = Record<string, unknown>;
const json = (value: unknown) => value as Json;
const nodes = (graph: unknown) => (graph as { '@graph': Json[] })['@graph'];
const byType = (graph: unknown, type: string) =>
  nodes(graph).find((node) => node['@type'] === type) as Json;

const trail = pageTrail('Page', '/guides/page');
const source = {
  id: 's1',
  title: 'A source',
  publisher: 'NCCIH',
  kind: 'patient-information' as const,
  url: 'https://example.org/s1',
};

describe('medicalWebPageLd', () => {
  it('carries a clinical review’s date and reviewer, a patient audience, citations and a breadcrumb', () => {
    const ld = json(
      medicalWebPageLd({
        title: 'Page',
        description: 'About a page.',
        path: '/guides/page',
        trail,
        clinicalReview: {
          kind: 'clinical',
          date: '2026-05-01',
          name: 'Ana Diaz',
          credentials: 'PT, DPT',
          scope: 'The safety advice',
        },
        citations: [source],
      }),
    );
    expect(ld['@type']).toBe('MedicalWebPage');
    expect(ld.lastReviewed).toBe('2026-05-01');
    expect(ld.reviewedBy).toMatchObject({
      '@type': 'Person',
      name: 'Ana Diaz',
      hasCredential: { name: 'PT, DPT' },
    });
    expect(ld.medicalAudience).toEqual({ '@type': 'Patient' });
    // Each cited work by its address only: its title and publisher are on its own source page.
    expect(ld.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://example.org/s1' }]);
    expect(ld.breadcrumb).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(ld.url).toBe(absoluteUrl('/guides/page'));
  });

  it('leaves review fields out rather than inventing them when a page has none', () => {
    const ld = json(
      medicalWebPageLd({ title: 'G', description: 'd', path: '/glossary', trail, citations: [] }),
    );
    expect(ld).not.toHaveProperty('lastReviewed');
    expect(ld).not.toHaveProperty('reviewedBy');
  });
});

describe('reviewerLd', () => {
  it('names the clinician as a Person with their credentials', () => {
    expect(
      reviewerLd({
        kind: 'clinical',
        date: '2026-05-01',
        name: 'Ana Diaz',
        credentials: 'MD',
        scope: 'The safety advice',
      }),
    ).toEqual({
      '@type': 'Person',
      name: 'Ana Diaz',
      hasCredential: { '@type': 'EducationalOccupationalCredential', name: 'MD' },
    });
  });
});

describe('articleLd review fields', () => {
  const article = {
    title: 'Page',
    description: 'About a page.',
    url: '/guides/page',
    raw: 'A plain body.',
    changes: [{ date: '2026-05-01', kind: 'new' as const, text: 'First published.' }],
  };
  const context = { trail, sources: [], therapies: [] };

  it('an editorial check alone is never published as a review', () => {
    const graph = articleLd(
      { ...article, reviews: [{ kind: 'editorial', date: '2026-05-01' }] },
      context,
    );
    const page = byType(graph, 'MedicalWebPage');
    expect(page).not.toHaveProperty('lastReviewed');
    expect(page).not.toHaveProperty('reviewedBy');
  });

  it('publishes the latest clinical review, not a later editorial check', () => {
    const graph = articleLd(
      {
        ...article,
        reviews: [
          {
            kind: 'clinical',
            date: '2026-02-01',
            name: 'Old Reviewer',
            credentials: 'MD',
            scope: 'All',
          },
          {
            kind: 'clinical',
            date: '2026-04-01',
            name: 'Ana Diaz',
            credentials: 'PT, DPT',
            scope: 'All',
          },
          { kind: 'editorial', date: '2026-06-01' },
        ],
      },
      context,
    );
    const page = byType(graph, 'MedicalWebPage');
    expect(page.lastReviewed).toBe('2026-04-01');
    expect(page.reviewedBy).toMatchObject({ '@type': 'Person', name: 'Ana Diaz' });
  });
});

describe('dateModified', () => {
  const context = { trail, sources: [], therapies: [] };
  const base = {
    title: 'Page',
    description: 'About a page.',
    url: '/guides/page',
    raw: 'A plain body.',
    reviews: [{ kind: 'editorial' as const, date: '2026-05-01' }],
  };

  it('is the date of the page’s newest change, not its review date', () => {
    const graph = articleLd(
      {
        ...base,
        changes: [
          { date: '2025-12-01', kind: 'new', text: 'First published.' },
          { date: '2026-07-04', kind: 'correction', text: 'A number fixed.' },
          { date: '2026-07-04', kind: 'update', text: 'A link added.' },
        ],
      },
      context,
    );
    const page = byType(graph, 'MedicalWebPage');
    expect(page.dateModified).toBe('2026-07-04');
    // An editorial check is still not a review, whatever the changes say.
    expect(page).not.toHaveProperty('lastReviewed');
  });

  it('is left out of a page that gives no date', () => {
    const ld = json(
      medicalWebPageLd({ title: 'G', description: 'd', path: '/glossary', trail, citations: [] }),
    );
    expect(ld).not.toHaveProperty('dateModified');
  });
});

describe('a clinically reviewed fixture document', () => {
  it('names its reviewer with credentials and the review date, and its newest change as dateModified', () => {
    const guide = reviewedGuide();
    const page = byType(articleLd(guide, { trail, sources: [], therapies: [] }), 'MedicalWebPage');
    expect(page.lastReviewed).toBe('2026-03-15');
    expect(page.reviewedBy).toEqual({
      '@type': 'Person',
      name: 'Fixture Clinician',
      hasCredential: { '@type': 'EducationalOccupationalCredential', name: 'PT, DPT (fixture)' },
    });
    expect(page.dateModified).toBe('2026-03-15');
  });
});

describe('breadcrumbLd', () => {
  it('numbers the steps from 1 with absolute addresses', () => {
    expect(breadcrumbLd(trail)).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Fixture Home', item: absoluteUrl('/') },
        { '@type': 'ListItem', position: 2, name: 'Page', item: absoluteUrl('/guides/page') },
      ],
    });
  });
});

describe('medicalTherapyLd', () => {
  const profile = {
    ...profileFixture(),
    medicineSystem: 'WesternConventional' as const,
    commonSideEffects: {
      text: 'Soreness and bruising.',
      sources: [{ source: 's1', quote: 'words' }],
      points: ['Soreness', 'Bruising'],
    },
    seriousRisks: {
      text: 'Rarely, a collapsed lung.',
      sources: [{ source: 's1', quote: 'words' }],
    },
  };

  it('maps side effects, serious risks, cautions (as preparation) and medicine system from the profile', () => {
    const ld = json(
      medicalTherapyLd({ description: 'About it.', path: '/therapies/test', profile }),
    );
    expect(ld).toEqual({
      '@type': 'MedicalTherapy',
      '@id': absoluteUrl('/therapies/test#therapy'),
      name: 'Test therapy',
      description: 'About it.',
      url: absoluteUrl('/therapies/test'),
      // The profile breaks common side effects into points: one outcome per point.
      adverseOutcome: [
        { '@type': 'MedicalEntity', name: 'Soreness' },
        { '@type': 'MedicalEntity', name: 'Bruising' },
      ],
      seriousAdverseOutcome: [{ '@type': 'MedicalEntity', name: 'Rarely, a collapsed lung.' }],
      preparation: [{ '@type': 'MedicalEntity', name: 'Care', description: 'Tell them.' }],
      medicineSystem: 'WesternConventional',
    });
  });

  it('never publishes a caution as a contraindication', () => {
    const ld = json(medicalTherapyLd({ description: 'd', path: '/x', profile }));
    expect(ld).not.toHaveProperty('contraindication');
    expect(JSON.stringify(ld)).not.toContain('MedicalContraindication');
  });

  it('names a serious outcome in the words of the profile points, not its whole sentence', () => {
    const withPoints = {
      ...profile,
      seriousRisks: { ...profile.seriousRisks, points: ['Collapsed lung (pneumothorax)'] },
    };
    expect(
      json(medicalTherapyLd({ description: 'd', path: '/x', profile: withPoints }))
        .seriousAdverseOutcome,
    ).toEqual([{ '@type': 'MedicalEntity', name: 'Collapsed lung (pneumothorax)' }]);
  });

  it('leaves medicine system out when the profile has none', () => {
    const { medicineSystem: _unused, ...withoutSystem } = profile;
    void _unused;
    expect(
      medicalTherapyLd({ description: 'd', path: '/x', profile: withoutSystem }),
    ).not.toHaveProperty('medicineSystem');
  });
});

describe('articleLd', () => {
  const sources = ['s1', 's2', 'p1', 'p2', 'risk-a', 'risk-b', 'unused'].map((id) => ({
    id,
    title: `Title ${id}`,
    publisher: 'Publisher',
    kind: 'research' as const,
    url: `https://example.org/${id}`,
  }));
  const therapies = [
    { slug: 'a', profile: profileFixture({ seriousRisks: ['risk-a'] }) },
    { slug: 'b', profile: profileFixture({ seriousRisks: ['risk-b'] }) },
  ];
  const facts = {
    description: 'About it.',
    reviews: [{ kind: 'editorial' as const, date: '2026-05-01' }],
    changes: [{ date: '2026-05-01', kind: 'new' as const, text: 'First published.' }],
  };
  const cited = (graph: unknown) =>
    (byType(graph, 'MedicalWebPage').citation as Json[]).map((c) => c.url);

  it('describes a therapy page as a MedicalWebPage about a MedicalTherapy, citing body and key-facts sources', () => {
    const graph = articleLd(
      {
        ...facts,
        title: 'Therapy A',
        url: '/therapies/a',
        raw: 'One. <Cite id="s2" quote="w" /> Two. <Cite id="s1" quote="w" /> Again. <Cite id="s2" quote="w" />',
        profile: profileFixture({ cost: ['p1'], evidence: ['p2'] }),
      },
      { trail: pageTrail('Therapy A', '/therapies/a'), sources, therapies },
    );
    const page = byType(graph, 'MedicalWebPage');
    expect(page.about).toEqual({ '@id': absoluteUrl('/therapies/a#therapy') });
    expect(byType(graph, 'MedicalTherapy')['@id']).toBe(absoluteUrl('/therapies/a#therapy'));
    // The reference list's order: the sources of the profile cells its key-facts box shows first
    // (cost is one; evidence, p2, shows only on /compare), then body citations in the order first
    // cited; `base` is cited by every fixture cell but is not in the registry, so it is left out
    // rather than invented.
    expect(cited(graph)).toEqual([
      'https://example.org/p1',
      'https://example.org/s2',
      'https://example.org/s1',
    ]);
  });

  it('describes a guide as a MedicalWebPage only, with the sources of its comparison table', () => {
    const graph = articleLd(
      {
        ...facts,
        title: 'Safety',
        url: '/guides/safety',
        raw: 'Text. <Cite id="s1" quote="w" />\n\n<ComparisonTable aspects={["seriousRisks"]} />',
      },
      { trail: pageTrail('Safety', '/guides/safety'), sources, therapies },
    );
    expect(nodes(graph).map((node) => node['@type'])).toEqual(['MedicalWebPage']);
    expect(cited(graph)).toEqual([
      'https://example.org/s1',
      'https://example.org/risk-a',
      'https://example.org/risk-b',
    ]);
  });
});

describe('citationLd', () => {
  it('describes a source in full, for the source’s own page', () => {
    expect(citationLd(source)).toEqual({
      '@type': 'CreativeWork',
      name: 'A source',
      url: 'https://example.org/s1',
      publisher: { '@type': 'Organization', name: 'NCCIH' },
    });
  });
});

describe('definedTermSetLd', () => {
  it('gives each term an address at its anchor, and the set the name it is given', () => {
    const ld = json(
      definedTermSetLd(
        '/glossary',
        [{ id: 'qi', term: 'Qi', definition: 'Energy.' }],
        'Fixture Needlewise glossary',
      ),
    );
    expect(ld.name).toBe('Fixture Needlewise glossary');
    expect(ld.hasDefinedTerm).toEqual([
      {
        '@type': 'DefinedTerm',
        '@id': absoluteUrl('/glossary#qi'),
        name: 'Qi',
        description: 'Energy.',
        url: absoluteUrl('/glossary#qi'),
      },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('escapes < so text can never close the script element, and still parses to the same data', () => {
    const graph = graphOf({ '@type': 'WebPage', name: '</script><script>alert(1)</script>' });
    const json = serializeJsonLd(graph);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(graph);
  });
});
