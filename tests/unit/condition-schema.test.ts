import { describe, expect, it } from 'vitest';
import { validateContent, type RawContent } from '@/lib/content-validation';
import { EVIDENCE_RATINGS } from '@/lib/evidence-rating';
import { FIXTURE_TODAY, nineConditionContent } from '../fixtures/load-fixture';

const FILE = 'content/conditions/hip-pain.yaml';

/** The nine-condition fixture with one change made to the ninth file's fields. */
function withNinth(change: (fields: Record<string, unknown>) => void): RawContent {
  const content = nineConditionContent(true);
  const conditions = structuredClone(content.conditions ?? []);
  const ninth = conditions.find((condition) => condition.slug === 'hip-pain');
  if (!ninth) throw new Error('fixture has no ninth condition');
  change(ninth);
  return { ...content, conditions };
}

const therapiesOf = (fields: Record<string, unknown>) =>
  fields.therapies as Record<string, Record<string, unknown>>;

function problemsFor(raw: RawContent) {
  const result = validateContent(raw, { today: FIXTURE_TODAY });
  // A bad file publishes nothing: there is no content to build pages from, only problems.
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty('content');
  return result.ok ? [] : result.problems;
}

describe('the evidence rating scale', () => {
  it('is defined once, strongest first, each with a shape and a word', () => {
    expect(EVIDENCE_RATINGS.map((rating) => [rating.id, rating.shape, rating.label])).toEqual([
      ['better-than-sham', 'filled', 'Better than sham'],
      ['better-than-none', 'half', 'Better than no treatment only'],
      ['unclear', 'diamond', 'Unclear or mixed'],
      ['no-good-studies', 'empty', 'No good studies found'],
    ]);
  });
});

describe('condition files: the fixture is valid', () => {
  it('validates all nine files', () => {
    const result = validateContent(nineConditionContent(true), { today: FIXTURE_TODAY });
    expect(result.ok && result.content.conditions.map((condition) => condition.file)).toEqual([
      'content/conditions/ankle-pain.yaml',
      'content/conditions/back-ache.yaml',
      'content/conditions/elbow-pain.yaml',
      'content/conditions/foot-pain.yaml',
      'content/conditions/hand-pain.yaml',
      'content/conditions/jaw-pain.yaml',
      'content/conditions/knee-ache.yaml',
      'content/conditions/wrist-pain.yaml',
      'content/conditions/hip-pain.yaml',
    ]);
  });
});

describe('condition files: bad input fails the build, naming the file and the field', () => {
  it('a therapy left out', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        delete therapiesOf(fields).electroacupuncture;
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.electroacupuncture',
        message:
          'is missing: every condition needs an entry for every therapy (use rating "no-good-studies" when none was found)',
      },
    ]);
  });

  it('an unknown rating', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        therapiesOf(fields).acupuncture!.rating = 'promising';
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.acupuncture.rating',
        message:
          '"promising" is not a rating: use one of better-than-sham, better-than-none, unclear, no-good-studies (defined in lib/evidence-rating.ts)',
      },
    ]);
  });

  it('a statement that cites no quote', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        therapiesOf(fields).acupuncture!.summary = { text: 'Uncited words.', sources: [] };
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.acupuncture.summary.sources',
        message: 'must cite at least one quote as { source: <source id>, quote: <quote id> }',
      },
    ]);
  });

  it('a therapy entry that cites no quote anywhere', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        therapiesOf(fields).electroacupuncture = {
          rating: 'no-good-studies',
          research: [],
          guidelines: [],
          coverage: [],
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.electroacupuncture',
        message:
          'cites no quote: every therapy entry needs at least one cited statement (research, guideline or coverage)',
      },
    ]);
  });

  it('a citation naming a quote the source does not have', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        therapiesOf(fields).acupuncture!.summary = {
          text: 'Words.',
          sources: [{ source: 'vickers-2012', quote: 'nope' }],
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.acupuncture.summary.sources[0]',
        message: 'source "vickers-2012" has no quote "nope" (its quotes: modest)',
      },
    ]);
  });

  it('an unknown therapy', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        therapiesOf(fields).cupping = {
          rating: 'unclear',
          research: [],
          guidelines: [],
          coverage: [],
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.cupping',
        message: 'unknown therapy "cupping": it must match a file in content/therapies/',
      },
    ]);
  });

  it('a rated therapy without its one-line finding', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        delete therapiesOf(fields).acupuncture!.summary;
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.acupuncture.summary',
        message:
          'is missing: say in one cited sentence what research found (rating "better-than-none")',
      },
    ]);
  });

  it('no warning signs', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        fields.warningSigns = [];
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'warningSigns',
        message: 'must name at least one set of warning signs from content/warning-signs.yaml',
      },
    ]);
  });

  it('a warning-sign set that does not exist', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        fields.warningSigns = ['fixture-hip-pain', 'hip-pian'];
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'warningSigns[1]',
        message:
          'unknown warning-sign set "hip-pian": use one of fixture-see-doctor, fixture-hip-pain (content/warning-signs.yaml), or fix the spelling',
      },
    ]);
  });
});
