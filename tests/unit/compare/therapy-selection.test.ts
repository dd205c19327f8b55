import { describe, expect, it } from 'vitest';
import { parseTherapySelection } from '@/lib/compare/therapy-selection';

const TWO = [
  { slug: 'acupuncture', name: 'Acupuncture' },
  { slug: 'dry-needling', name: 'Dry needling' },
];
const THREE = [...TWO, { slug: 'electroacupuncture', name: 'Electroacupuncture' }];
const ALL = THREE.map((choice) => choice.slug);

describe('parseTherapySelection', () => {
  it('shows every therapy when the address asks for nothing', () => {
    expect(parseTherapySelection(undefined, THREE)).toEqual({ slugs: ALL, problems: [] });
  });

  it('picks the named columns, in the order asked for, from a comma list', () => {
    expect(parseTherapySelection('electroacupuncture,dry-needling', THREE)).toEqual({
      slugs: ['electroacupuncture', 'dry-needling'],
      problems: [],
    });
  });

  it('reads the repeated parameter a checkbox form sends', () => {
    expect(parseTherapySelection(['acupuncture', 'electroacupuncture'], THREE)).toEqual({
      slugs: ['acupuncture', 'electroacupuncture'],
      problems: [],
    });
  });

  it('tolerates spaces and a stray comma', () => {
    expect(parseTherapySelection(' acupuncture , dry-needling,', THREE).slugs).toEqual([
      'acupuncture',
      'dry-needling',
    ]);
  });

  it('names an unknown therapy and falls back to all of them', () => {
    expect(parseTherapySelection('acupuncture,cupping', THREE)).toEqual({
      slugs: ALL,
      problems: [
        '“cupping” is not a therapy on this site.',
        'Therapies on this site: Acupuncture, Dry needling, Electroacupuncture.',
      ],
    });
  });

  it('says when a therapy is chosen twice', () => {
    const selection = parseTherapySelection('dry-needling,dry-needling', THREE);
    expect(selection.slugs).toEqual(ALL);
    expect(selection.problems).toEqual([
      'Dry needling is chosen more than once. Choose each therapy once.',
    ]);
  });

  it('says when the repeated parameter names an unknown therapy', () => {
    const selection = parseTherapySelection(['dry-needling', 'x'], THREE);
    expect(selection.slugs).toEqual(ALL);
    expect(selection.problems).toEqual([
      '“x” is not a therapy on this site.',
      'Therapies on this site: Acupuncture, Dry needling, Electroacupuncture.',
    ]);
  });

  it('reports a malformed value and an unknown one together, listing the real therapies once', () => {
    expect(parseTherapySelection('<i>,reiki', THREE).problems).toEqual([
      'The address names a therapy in a form we could not read.',
      '“reiki” is not a therapy on this site.',
      'Therapies on this site: Acupuncture, Dry needling, Electroacupuncture.',
    ]);
  });

  it('asks for at least two therapies', () => {
    expect(parseTherapySelection('acupuncture', THREE)).toEqual({
      slugs: ALL,
      problems: ['Choose at least 2 therapies to compare.'],
    });
    expect(parseTherapySelection('', THREE).problems).toEqual([
      'Choose at least 2 therapies to compare.',
    ]);
  });

  it.each([
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'Dry Needling',
    '../etc/passwd',
    'acupuncture,<b>bold</b>',
  ])('never repeats malformed input %j back on the page', (input) => {
    const selection = parseTherapySelection(input, THREE);
    expect(selection.slugs).toEqual(ALL);
    expect(selection.problems).toEqual([
      'The address names a therapy in a form we could not read.',
      'Therapies on this site: Acupuncture, Dry needling, Electroacupuncture.',
    ]);
    for (const problem of selection.problems)
      expect(problem).not.toMatch(/[<>"]|script|img|bold|etc/i);
  });

  it('refuses an address too long to be a real choice without reading it all', () => {
    const selection = parseTherapySelection(
      Array.from({ length: 200 }, () => 'acupuncture').join(','),
      THREE,
    );
    expect(selection).toEqual({
      slugs: ALL,
      problems: ['The list of therapies in the address is too long to read.'],
    });
  });

  it('rejects a parameter that is not text at all', () => {
    expect(parseTherapySelection({ nested: 'object' }, TWO)).toEqual({
      slugs: ['acupuncture', 'dry-needling'],
      problems: ['The address asks for therapies in a form we could not read.'],
    });
  });

  it('works the same with only two therapies', () => {
    expect(parseTherapySelection('dry-needling,acupuncture', TWO).slugs).toEqual([
      'dry-needling',
      'acupuncture',
    ]);
  });
});
