import { describe, expect, it } from 'vitest';
import { validateContent, type RawContent } from '@/lib/content/validate-content';
import { RATING_LEVELS, RATING_SHAPES } from '@/lib/schemas/evidence-rating';
import { evidenceGaps, gapReport } from '@/lib/schemas/condition';
import { FIXTURE_TODAY, nineConditionContent } from '../../fixtures/load-fixture';

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
  it('is defined once, strongest first, each level with its own mark', () => {
    expect(RATING_LEVELS.map((level) => [level, RATING_SHAPES[level]])).toEqual([
      ['better-than-sham', 'filled'],
      ['better-than-none', 'half'],
      ['unclear', 'diamond'],
      ['no-good-studies', 'empty'],
      // Not reviewed yet has a mark of its own, unlike "no good studies found".
      ['not-reviewed', 'square'],
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
  it('a hand-set rating the evidence does not give', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        // The fixture records a finding better than no treatment; the editor claims more.
        therapiesOf(fields).acupuncture!.rating = 'better-than-sham';
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.acupuncture.rating',
        message:
          'says "better-than-sham", but the evidence recorded here gives "better-than-none" under the rule in content/evidence-rule.yaml: correct the evidence, or remove rating',
      },
    ]);
  });

  it('a "better" finding without the quote that says so', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        const [finding] = therapiesOf(fields).acupuncture!.evidence as Record<string, unknown>[];
        finding!.direction = { value: 'better' };
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.acupuncture.evidence[0].direction',
        message:
          '"better" needs its citation: add source and quote (the words that state the direction)',
      },
    ]);
  });

  it('an evidence value that is not on the scale', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        const [finding] = therapiesOf(fields).acupuncture!.evidence as Record<string, unknown>[];
        finding!.certainty = { value: 'strong' };
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.acupuncture.evidence[0].certainty.value',
        message:
          '"strong" is not a certainty: use one of high, moderate, low, very-low, not-stated',
      },
    ]);
  });

  it('evidence citing a quote that no sentence on the page shows', () => {
    const problems = problemsFor(
      withNinth((fields) => {
        const [finding] = therapiesOf(fields).acupuncture!.evidence as Record<string, unknown>[];
        finding!.size = {
          value: 'small-or-below-threshold',
          source: 'gattie-2017',
          quote: 'quality',
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'therapies.acupuncture.evidence[0].size',
        message:
          'cites { source: gattie-2017, quote: quality }, which no summary or research sentence of this entry cites: say in a research sentence what it found, so readers see what the rating rests on',
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
          '"promising" is not a rating: use one of better-than-sham, better-than-none, unclear, no-good-studies, not-reviewed, or leave rating out (it is computed from evidence)',
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
          evidence: 'none-found',
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

describe('condition files: a therapy with no evidence yet is a gap, not an error', () => {
  const withoutThird = withNinth((fields) => {
    delete therapiesOf(fields).electroacupuncture;
  });
  /** The content, validated; a failure here is a broken test setup, reported with its problems. */
  function valid() {
    const result = validateContent(withoutThird, { today: FIXTURE_TODAY });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.content;
  }

  it('passes the build, and the build lists the gap by file and therapy', () => {
    const gaps = evidenceGaps(valid().conditions, [
      'acupuncture',
      'dry-needling',
      'electroacupuncture',
    ]);
    expect(gaps).toEqual([{ file: FILE, therapy: 'electroacupuncture' }]);
    expect(gapReport(gaps)).toBe(
      [
        'Evidence gaps (1; pages show "not reviewed yet" until evidence is added):',
        '  content/conditions/hip-pain.yaml: therapies.electroacupuncture: no evidence recorded',
      ].join('\n'),
    );
  });

  it('rates the missing therapy "not reviewed", apart from "no good studies"', () => {
    const { conditions } = valid();
    const hip = conditions.find((condition) => condition.slug === 'hip-pain');
    expect(hip?.therapies.electroacupuncture).toBeUndefined();
    const ankle = conditions.find((condition) => condition.slug === 'ankle-pain');
    expect(ankle?.therapies.electroacupuncture?.rating).toEqual({ level: 'no-good-studies' });
  });

  it('says "none" when every condition has evidence for every therapy', () => {
    expect(gapReport([])).toBe(
      'Evidence gaps: none (every condition has evidence for every therapy)',
    );
  });
});
