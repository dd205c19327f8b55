import { describe, expect, it } from 'vitest';
import { validateSiteText } from '@/lib/content/validate-site-text';
import { FIXTURE_SOURCES, fixtureSiteText } from '../../fixtures/site-text';

const FILE = 'content/site-text.yaml';

/** The fixture site text with `labels` changed by `edit`: its problems, as the build reports them. */
function problemsWith(edit: (labels: Record<string, unknown>) => void) {
  const text = fixtureSiteText();
  const labels = structuredClone(text.labels) as unknown as Record<string, unknown>;
  edit(labels);
  const result = validateSiteText({ file: FILE, data: { ...text, labels } }, FIXTURE_SOURCES, {});
  return result.ok ? [] : result.problems;
}

const aspectsOf = (labels: Record<string, unknown>) => labels.aspects as Record<string, unknown>;

describe('content/site-text.yaml labels', () => {
  it('accepts the fixture', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('fails an aspect with no words, naming the aspect', () => {
    expect(
      problemsWith((labels) => {
        delete aspectsOf(labels).cost;
      }),
    ).toEqual([
      {
        file: FILE,
        field: 'labels.aspects.cost',
        message:
          'is missing: every aspect in lib/schemas/profile-aspects.ts needs a label and a help line here',
      },
    ]);
  });

  it('fails an empty aspect label, naming the aspect', () => {
    expect(
      problemsWith((labels) => {
        aspectsOf(labels).origin = { label: '  ', help: 'Fixture origin help.' };
      }),
    ).toEqual([{ file: FILE, field: 'labels.aspects.origin.label', message: 'must not be empty' }]);
  });

  it('fails an aspect the code does not have', () => {
    expect(
      problemsWith((labels) => {
        aspectsOf(labels).price = { label: 'Price', help: 'What it costs.' };
      }),
    ).toEqual([expect.objectContaining({ file: FILE, field: 'labels.aspects' })]);
  });

  it('fails a missing place or stance word, naming the id and listing every id', () => {
    expect(
      problemsWith((labels) => {
        delete (labels.places as Record<string, unknown>).england;
        delete (labels.stances as Record<string, unknown>)['may-consider'];
      }),
    ).toEqual([
      {
        file: FILE,
        field: 'labels.places.england',
        message: 'is missing: every place needs its words here (us, england, worldwide)',
      },
      {
        file: FILE,
        field: 'labels.stances.may-consider',
        message:
          'is missing: every guideline stance needs its words here (recommends, may-consider, does-not-recommend, advises-against, silent)',
      },
    ]);
  });

  it('fails an empty care-level word', () => {
    expect(
      problemsWith((labels) => {
        (labels.careLevels as Record<string, unknown>).urgent = '';
      }),
    ).toEqual([{ file: FILE, field: 'labels.careLevels.urgent', message: 'must not be empty' }]);
  });

  it('fails a choice problem that leaves out the slot the page fills in', () => {
    expect(
      problemsWith((labels) => {
        (labels.choiceProblems as Record<string, unknown>).unknown = 'That is not a therapy.';
      }),
    ).toEqual([
      {
        file: FILE,
        field: 'labels.choiceProblems.unknown',
        message: 'must include {slug}, where the page fills it in',
      },
    ]);
  });
});
