import { describe, expect, it } from 'vitest';
import {
  adjacentGuides,
  listInWords,
  relatedToGuide,
  relatedToTherapy,
  type RelatableGuide,
} from '@/lib/content/related-links';

const guide = (
  slug: string,
  order: number,
  topics: string[],
  therapies: string[],
): RelatableGuide => ({
  slug,
  title: `Guide ${slug}`,
  url: `/guides/${slug}`,
  order,
  topics,
  therapies,
});

const THERAPIES = [
  { slug: 'acupuncture', title: 'Acupuncture', url: '/therapies/acupuncture' },
  { slug: 'dry-needling', title: 'Dry needling', url: '/therapies/dry-needling' },
  { slug: 'cupping', title: 'Cupping', url: '/therapies/cupping' },
];
const GUIDES = [
  guide('choose', 1, ['choosing', 'evidence'], ['dry-needling', 'acupuncture']),
  guide('safety', 2, ['safety', 'side-effects'], ['dry-needling', 'acupuncture']),
  guide('first', 3, ['first-session', 'side-effects', 'safety'], ['acupuncture']),
  guide('cups', 4, ['history'], ['cupping']),
];

describe('related reading', () => {
  it('ranks guides by shared topics, then shared therapies, and explains why', () => {
    const links = relatedToGuide(GUIDES[1]!, GUIDES, THERAPIES);
    expect(links.map((link) => link.url)).toEqual([
      '/guides/first',
      '/guides/choose',
      '/therapies/acupuncture',
      '/therapies/dry-needling',
    ]);
    expect(links[0]?.reason).toBe('Also about safety and side effects');
    expect(links[1]?.reason).toBe('Also about Dry needling and Acupuncture');
  });

  it('leaves out guides that share nothing and never lists the page itself', () => {
    const links = relatedToGuide(GUIDES[3]!, GUIDES, THERAPIES);
    expect(links.map((link) => link.url)).toEqual(['/therapies/cupping']);
  });

  it('relates a therapy to the guides that list it and the therapies they cover with it', () => {
    const links = relatedToTherapy(THERAPIES[1]!, GUIDES, THERAPIES);
    expect(links.map((link) => link.url)).toEqual([
      '/guides/choose',
      '/guides/safety',
      '/therapies/acupuncture',
    ]);
    expect(links[2]?.reason).toBe('Covered alongside dry needling in 2 guides');
    expect(relatedToTherapy(THERAPIES[2]!, GUIDES, THERAPIES).map((link) => link.url)).toEqual([
      '/guides/cups',
    ]);
  });

  it('joins lists the way people write them', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('previous and next guide', () => {
  it('follows order, not file order', () => {
    const shuffled = [GUIDES[2]!, GUIDES[0]!, GUIDES[3]!, GUIDES[1]!];
    expect(adjacentGuides(shuffled, 'safety')).toEqual({ previous: GUIDES[0], next: GUIDES[2] });
    expect(adjacentGuides(shuffled, 'choose')).toEqual({ previous: undefined, next: GUIDES[1] });
    expect(adjacentGuides(shuffled, 'cups')).toEqual({ previous: GUIDES[2], next: undefined });
    expect(adjacentGuides(shuffled, 'missing')).toEqual({});
  });
});
