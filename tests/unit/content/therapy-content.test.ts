import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import { describe, expect, it } from 'vitest';
import {
  getConditions,
  getGlossary,
  getGuides,
  getSiteText,
  getTherapies,
  getTherapy,
} from '@/lib/content/store';
import { searchDocuments } from '@/lib/search/documents';
import { rowWords } from '@/lib/compare/comparison-rows';
import { createSearchIndex, runSearch } from '@/lib/search/engine';
import { parseSearchQuery } from '@/lib/search/query';
import { medicalTherapyLd } from '@/lib/seo/structured-data';

// These read the real content in content/: what the published pages must say, written out here.

function therapy(slug: string) {
  const found = getTherapy(slug);
  if (!found) throw new Error(`no therapy ${slug} in content/therapies`);
  return found;
}

describe('the dry needling profile in structured data', () => {
  const ld = medicalTherapyLd({
    description: 'd',
    path: '/therapies/dry-needling',
    profile: therapy('dry-needling').profile,
  }) as unknown as Record<string, unknown>;

  it('claims no medicine system: insurers call it investigational, so it is not "conventional"', () => {
    expect(ld).not.toHaveProperty('medicineSystem');
  });

  it('names its serious adverse outcome as a collapsed lung, not a survey sentence', () => {
    expect(ld.seriousAdverseOutcome).toEqual([
      { '@type': 'MedicalEntity', name: 'Collapsed lung (pneumothorax)' },
    ]);
  });

  it('publishes cautions as preparation, with pregnancy and implanted devices listed', () => {
    expect(ld).not.toHaveProperty('contraindication');
    const names = (ld.preparation as { name: string }[]).map((item) => item.name);
    expect(names).toEqual(
      expect.arrayContaining(['Pregnancy', 'Pacemaker or another implanted device']),
    );
  });
});

describe('the acupuncture article', () => {
  it('lists MedlinePlus en español as further reading', () => {
    expect(therapy('acupuncture').furtherReading).toContain('medlineplus-acupuntura');
  });

  it('names a pacemaker or another implanted device as a caution', () => {
    const item = therapy('acupuncture').profile.cautions.items.find((c) => c.id === 'pacemaker');
    expect(item?.label).toBe('Pacemaker or another implanted device');
    expect(item?.note).toContain('defibrillator (ICD) or a nerve stimulator');
  });
});

describe('what the site says about its own sources', () => {
  it('the home page does not claim that every medical claim links to a source', () => {
    const intro = getSiteText().homeIntro;
    expect(intro).not.toMatch(/every (medical claim|health fact)/i);
    expect(intro).toContain('Some words are our own');
  });
});

describe('site search', () => {
  const index = createSearchIndex(
    searchDocuments({
      therapies: getTherapies(),
      guides: getGuides(),
      conditions: getConditions(),
      glossary: getGlossary(),
      rule: evidenceRuleText(),
      alsoCalled: getSiteText().interface.alsoCalled,
      rowWords: rowWords(getSiteText().labels),
    }),
  );
  const urls = (query: string) =>
    runSearch(index, parseSearchQuery(query)).hits.map((hit) => hit.url);

  it('finds the acupuncture article, and the glossary term, for "meridian"', () => {
    expect(urls('meridian')).toEqual(
      expect.arrayContaining(['/therapies/acupuncture', '/glossary#meridian']),
    );
  });
});
