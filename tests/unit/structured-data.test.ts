import { describe, expect, it } from 'vitest';
import { articleLd } from '@/lib/article-ld';
import { pageTrail } from '@/lib/breadcrumbs';
import { getSources, getTherapies, getTherapy, getGuide } from '@/lib/content';
import {
  breadcrumbLd,
  definedTermSetLd,
  medicalTherapyLd,
  medicalWebPageLd,
  reviewerLd,
  serializeJsonLd,
  graphOf,
} from '@/lib/structured-data';
import { absoluteUrl } from '@/lib/site';

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
    expect(ld.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'A source',
        url: 'https://example.org/s1',
        publisher: { '@type': 'Organization', name: 'NCCIH' },
      },
    ]);
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
      reviewerLd({ kind: 'clinical', date: '2026-05-01', name: 'Ana Diaz', credentials: 'MD' }),
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
          { kind: 'clinical', date: '2026-02-01', name: 'Old Reviewer', credentials: 'MD' },
          { kind: 'clinical', date: '2026-04-01', name: 'Ana Diaz', credentials: 'PT, DPT' },
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

describe('breadcrumbLd', () => {
  it('numbers the steps from 1 with absolute addresses', () => {
    expect(breadcrumbLd(trail)).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl('/') },
        { '@type': 'ListItem', position: 2, name: 'Page', item: absoluteUrl('/guides/page') },
      ],
    });
  });
});

describe('medicalTherapyLd', () => {
  it('maps side effects, serious risks, cautions and medicine system from the profile', () => {
    const therapy = getTherapy('dry-needling');
    if (!therapy) throw new Error('dry-needling is missing');
    const ld = json(
      medicalTherapyLd({
        description: therapy.description,
        path: therapy.url,
        profile: therapy.profile,
      }),
    );
    expect(ld['@type']).toBe('MedicalTherapy');
    // The profile breaks common side effects into points: one outcome per point.
    expect(ld.adverseOutcome).toEqual(
      (therapy.profile.commonSideEffects.points ?? []).map((name) => ({
        '@type': 'MedicalEntity',
        name,
      })),
    );
    expect(ld.seriousAdverseOutcome).toEqual([
      { '@type': 'MedicalEntity', name: therapy.profile.seriousRisks.text },
    ]);
    expect(ld.contraindication).toEqual(
      therapy.profile.cautions.items.map((item) => ({
        '@type': 'MedicalContraindication',
        name: item.label,
        description: item.note,
      })),
    );
    expect(ld.medicineSystem).toBe('WesternConventional');
  });

  it('leaves medicine system out when the profile has none', () => {
    const therapy = getTherapy('acupuncture');
    if (!therapy) throw new Error('acupuncture is missing');
    const { medicineSystem: _unused, ...profile } = therapy.profile;
    void _unused;
    expect(medicalTherapyLd({ description: 'd', path: '/x', profile })).not.toHaveProperty(
      'medicineSystem',
    );
  });
});

describe('articleLd', () => {
  it('describes a therapy page as a MedicalWebPage about a MedicalTherapy, citing body and profile sources', () => {
    const therapy = getTherapy('acupuncture');
    if (!therapy) throw new Error('acupuncture is missing');
    const graph = articleLd(therapy, {
      trail: pageTrail(therapy.title, therapy.url),
      sources: getSources(),
      therapies: getTherapies(),
    });
    const page = byType(graph, 'MedicalWebPage');
    const therapyNode = byType(graph, 'MedicalTherapy');
    expect(page.about).toEqual({ '@id': therapyNode['@id'] });
    expect(therapyNode.medicineSystem).toBe('TraditionalChinese');
    const cited = (page.citation as Json[]).map((c) => c.url);
    for (const { source } of therapy.profile.evidence.sources) {
      expect(cited).toContain(getSources().find((s) => s.id === source)?.url);
    }
  });

  it('describes a guide as a MedicalWebPage only, with the sources of its comparison table', () => {
    const guide = getGuide('safety-and-regulation');
    if (!guide) throw new Error('guide is missing');
    const graph = articleLd(guide, {
      trail: pageTrail(guide.title, guide.url),
      sources: getSources(),
      therapies: getTherapies(),
    });
    expect(nodes(graph).map((node) => node['@type'])).toEqual(['MedicalWebPage']);
    const cited = (byType(graph, 'MedicalWebPage').citation as Json[]).map((c) => c.url);
    // The guide embeds a table of serious risks: every therapy's serious-risk sources are cited.
    for (const therapy of getTherapies()) {
      for (const { source } of therapy.profile.seriousRisks.sources) {
        expect(cited).toContain(getSources().find((s) => s.id === source)?.url);
      }
    }
  });
});

describe('definedTermSetLd', () => {
  it('gives each term an address at its anchor', () => {
    const ld = json(
      definedTermSetLd('/glossary', [{ id: 'qi', term: 'Qi', definition: 'Energy.' }]),
    );
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
