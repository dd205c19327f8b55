import { describe, expect, it } from 'vitest';
import { validateSiteText } from '@/lib/content/validate-site-text';
import { fillTemplate, fillText } from '@/lib/site/fill-template';
import { FIXTURE_SOURCES, fixtureSiteText } from '../../fixtures/site-text';

const FILE = 'content/site-text.yaml';

function problemsOf(change: (text: Record<string, unknown>) => void) {
  const text = fixtureSiteText() as unknown as Record<string, unknown>;
  change(text);
  const result = validateSiteText({ file: FILE, data: text }, FIXTURE_SOURCES, {
    today: '2026-06-01',
  });
  return result.ok ? [] : result.problems;
}

describe('the words for change lists and the review line (content/site-text.yaml)', () => {
  it('are required, naming the field', () => {
    expect(problemsOf((text) => delete text.changeLog)).toEqual([
      expect.objectContaining({ file: FILE, field: 'changeLog' }),
    ]);
  });

  it('need a name for every kind of change', () => {
    expect(
      problemsOf((text) => {
        text.changeLog = {
          ...fixtureSiteText().changeLog,
          kinds: { correction: 'Fixed', update: 'Updated', new: '' },
        };
      }),
    ).toEqual([{ file: FILE, field: 'changeLog.kinds.new', message: 'must not be empty' }]);
  });

  it('refuse a review line that leaves out a slot the page fills, or has one it cannot fill', () => {
    expect(
      problemsOf((text) => {
        text.reviewMeta = {
          ...fixtureSiteText().reviewMeta,
          clinical: 'Reviewed by {name} on {when}.',
        };
      }),
    ).toEqual([
      {
        file: FILE,
        field: 'reviewMeta.clinical',
        message: 'must include {credentials}, where the page fills it in',
      },
      {
        file: FILE,
        field: 'reviewMeta.clinical',
        message: 'must include {date}, where the page fills it in',
      },
      {
        file: FILE,
        field: 'reviewMeta.clinical',
        message: 'has {when}, which the page cannot fill in: use {name}, {credentials}, {date}',
      },
    ]);
  });
});

describe('fillTemplate', () => {
  it('puts each value in its slot and keeps the words around it', () => {
    expect(fillTemplate('Reviewed by {name} on {date}.', { name: 'Ana', date: 7 })).toEqual([
      'Reviewed by ',
      'Ana',
      ' on ',
      7,
      '.',
    ]);
    expect(fillText('about {minutes} min', { minutes: 4 })).toBe('about 4 min');
  });

  it('leaves a slot it was given no value for as written', () => {
    expect(fillText('{a} and {b}', { a: 'one' })).toBe('one and {b}');
  });
});
