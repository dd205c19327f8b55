import { describe, expect, it } from 'vitest';
import {
  choiceProblemSentences,
  parseTherapySelection,
  type TherapyChoice,
} from '@/lib/compare/therapy-selection';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';

const TWO = [
  { slug: 'acupuncture', name: 'Acupuncture' },
  { slug: 'dry-needling', name: 'Dry needling' },
];
const THREE = [...TWO, { slug: 'electroacupuncture', name: 'Electroacupuncture' }];
const ALL = THREE.map((choice) => choice.slug);

/** The columns and the sentences the page would show, in the fixture's words. */
function read(param: unknown, choices: readonly TherapyChoice[]) {
  const { slugs, problems } = parseTherapySelection(param, choices);
  return { slugs, problems: choiceProblemSentences(problems, FIXTURE_LABELS_TEXT.choiceProblems) };
}

describe('parseTherapySelection', () => {
  it('shows every therapy when the address asks for nothing', () => {
    expect(read(undefined, THREE)).toEqual({ slugs: ALL, problems: [] });
  });

  it('picks the named columns, in the order asked for, from a comma list', () => {
    expect(read('electroacupuncture,dry-needling', THREE)).toEqual({
      slugs: ['electroacupuncture', 'dry-needling'],
      problems: [],
    });
  });

  it('reads the repeated parameter a checkbox form sends', () => {
    expect(read(['acupuncture', 'electroacupuncture'], THREE)).toEqual({
      slugs: ['acupuncture', 'electroacupuncture'],
      problems: [],
    });
  });

  it('tolerates spaces and a stray comma', () => {
    expect(read(' acupuncture , dry-needling,', THREE).slugs).toEqual([
      'acupuncture',
      'dry-needling',
    ]);
  });

  it('names an unknown therapy and falls back to all of them', () => {
    expect(read('acupuncture,cupping', THREE)).toEqual({
      slugs: ALL,
      problems: [
        'Fixture: cupping unknown.',
        'Fixture known: Acupuncture, Dry needling, Electroacupuncture.',
      ],
    });
  });

  it('says when a therapy is chosen twice', () => {
    const selection = read('dry-needling,dry-needling', THREE);
    expect(selection.slugs).toEqual(ALL);
    expect(selection.problems).toEqual(['Fixture: Dry needling twice.']);
  });

  it('says when the repeated parameter names an unknown therapy', () => {
    const selection = read(['dry-needling', 'x'], THREE);
    expect(selection.slugs).toEqual(ALL);
    expect(selection.problems).toEqual([
      'Fixture: x unknown.',
      'Fixture known: Acupuncture, Dry needling, Electroacupuncture.',
    ]);
  });

  it('reports a malformed value and an unknown one together, listing the real therapies once', () => {
    expect(read('<i>,reiki', THREE).problems).toEqual([
      'Fixture: malformed.',
      'Fixture: reiki unknown.',
      'Fixture known: Acupuncture, Dry needling, Electroacupuncture.',
    ]);
  });

  it('asks for at least two therapies', () => {
    expect(read('acupuncture', THREE)).toEqual({
      slugs: ALL,
      problems: ['Fixture: at least 2.'],
    });
    expect(read('', THREE).problems).toEqual(['Fixture: at least 2.']);
  });

  it.each([
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'Dry Needling',
    '../etc/passwd',
    'acupuncture,<b>bold</b>',
  ])('never repeats malformed input %j back on the page', (input) => {
    const selection = read(input, THREE);
    expect(selection.slugs).toEqual(ALL);
    expect(selection.problems).toEqual([
      'Fixture: malformed.',
      'Fixture known: Acupuncture, Dry needling, Electroacupuncture.',
    ]);
    for (const problem of selection.problems)
      expect(problem).not.toMatch(/[<>"]|script|img|bold|etc/i);
  });

  it('refuses an address too long to be a real choice without reading it all', () => {
    const selection = read(Array.from({ length: 200 }, () => 'acupuncture').join(','), THREE);
    expect(selection).toEqual({
      slugs: ALL,
      problems: ['Fixture: too long.'],
    });
  });

  it('rejects a parameter that is not text at all', () => {
    expect(read({ nested: 'object' }, TWO)).toEqual({
      slugs: ['acupuncture', 'dry-needling'],
      problems: ['Fixture: unreadable.'],
    });
  });

  it('works the same with only two therapies', () => {
    expect(read('dry-needling,acupuncture', TWO).slugs).toEqual(['dry-needling', 'acupuncture']);
  });
});
