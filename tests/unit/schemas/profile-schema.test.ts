import { describe, expect, it } from 'vitest';
import { ContentError, validateContent, type RawContent } from '@/lib/content/validate-content';
import { ASPECT_KEYS } from '@/lib/schemas/profile-aspects';
import { FIXTURE_TODAY, threeTherapyContent } from '../../fixtures/load-fixture';

const FILE = 'content/therapies/acupuncture.mdx';

/** The fixture with one change made to acupuncture's profile. */
function withProfileChange(change: (profile: Record<string, unknown>) => void): RawContent {
  const content = threeTherapyContent();
  const target = content.therapies.find((doc) => doc.slug === 'acupuncture');
  if (!target) throw new Error('fixture has no acupuncture');
  const profile = structuredClone(target.profile) as Record<string, unknown>;
  change(profile);
  target.profile = profile;
  return content;
}

function problemsOf(content: RawContent) {
  const result = validateContent(content, { today: FIXTURE_TODAY });
  if (result.ok) throw new Error('expected the content to be rejected');
  return result.problems;
}

function cell(profile: Record<string, unknown>, key: string): Record<string, unknown> {
  return profile[key] as Record<string, unknown>;
}

describe('therapy profile schema', () => {
  it('accepts the fixture profiles as they are', () => {
    expect(validateContent(threeTherapyContent(), { today: FIXTURE_TODAY }).ok).toBe(true);
  });

  // "conditions" is not written in profiles: it comes from the condition files.
  const PROFILE_KEYS = ASPECT_KEYS.filter((key) => key !== 'conditions');

  it.each(PROFILE_KEYS)('names the file and the field when the %s aspect is missing', (key) => {
    const problems = problemsOf(withProfileChange((profile) => delete profile[key]));
    expect(problems).toEqual([
      {
        file: FILE,
        field: `profile.${key}`,
        message:
          'is missing: every profile describes every aspect listed in lib/schemas/profile-aspects.ts, each with text and sources ({ source, quote })',
      },
    ]);
  });

  it('rejects a cell with no citation, naming its sources field', () => {
    const problems = problemsOf(
      withProfileChange((profile) => (cell(profile, 'origin').sources = [])),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'profile.origin.sources',
        message: 'must cite at least one quote as { source: <source id>, quote: <quote id> }',
      },
    ]);
  });

  it('rejects a cell whose sources field is left out altogether', () => {
    const problems = problemsOf(
      withProfileChange((profile) => delete cell(profile, 'training').sources),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, field: 'profile.training.sources' }),
    ]);
  });

  it('rejects a cell with text but nothing in it', () => {
    const problems = problemsOf(
      withProfileChange((profile) => (cell(profile, 'focus').text = '   ')),
    );
    expect(problems).toEqual([
      { file: FILE, field: 'profile.focus.text', message: 'must not be empty' },
    ]);
  });

  it('rejects an unknown source id and says where it is and how to fix it', () => {
    const problems = problemsOf(
      withProfileChange(
        (profile) =>
          (cell(profile, 'technique').sources = [
            { source: 'nccih-acupuncture', quote: 'fixture' },
            { source: 'nccih-acupunture', quote: 'fixture' },
          ]),
      ),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'profile.technique.sources[1]',
        message:
          'unknown source id "nccih-acupunture": add it to content/sources.json or fix the spelling',
      },
    ]);
  });

  it('rejects a cost cell that names a source but no quote', () => {
    const problems = problemsOf(
      withProfileChange((profile) => (cell(profile, 'cost').sources = ['medicare-acupuncture'])),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, field: 'profile.cost.sources[0]' }),
    ]);
  });

  it('rejects a cost cell citing a quote its source does not have', () => {
    const problems = problemsOf(
      withProfileChange(
        (profile) =>
          (cell(profile, 'cost').sources = [{ source: 'medicare-acupuncture', quote: 'free' }]),
      ),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'profile.cost.sources[0]',
        message: expect.stringMatching(/^source "medicare-acupuncture" has no quote "free"/),
      },
    ]);
  });

  it('rejects uses written into a profile: they belong in content/conditions/', () => {
    const problems = problemsOf(
      withProfileChange(
        (profile) => (profile.conditions = { text: 'Back pain.', sources: ['fda-needles'] }),
      ),
    );
    expect(problems).toEqual([expect.objectContaining({ file: FILE, field: 'profile' })]);
    expect(problems[0]?.message).toMatch(/conditions/);
  });

  it('rejects an aspect the site does not define, so a typo cannot hide a missing one', () => {
    const problems = problemsOf(
      withProfileChange(
        (profile) =>
          (profile.sideEffects = {
            text: 'x',
            sources: [{ source: 'fda-needles', quote: 'fixture' }],
          }),
      ),
    );
    expect(problems).toEqual([expect.objectContaining({ file: FILE, field: 'profile' })]);
    expect(problems[0]?.message).toMatch(/sideEffects/);
  });

  it('builds one build-failing error that lists each problem as file: field: message', () => {
    const problems = problemsOf(
      withProfileChange((profile) => {
        delete profile.evidence;
        cell(profile, 'origin').sources = [{ source: 'no-such-source', quote: 'fixture' }];
      }),
    );
    const error = new ContentError(problems);
    expect(error.message).toContain('Content has 2 problems:');
    expect(error.message).toContain(`${FILE}: profile.evidence:`);
    expect(error.message).toContain(
      `${FILE}: profile.origin.sources[0]: unknown source id "no-such-source"`,
    );
  });
});
