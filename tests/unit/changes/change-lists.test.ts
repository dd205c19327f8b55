import { describe, expect, it } from 'vitest';
import {
  changeAnchor,
  lastChanged,
  latestChanges,
  newestFirst,
  siteChanges,
} from '@/lib/changes/change-lists';
import {
  validateContent,
  type ContentProblem,
  type RawContent,
} from '@/lib/content/validate-content';
import { validateSiteText } from '@/lib/content/validate-site-text';
import { loadConditionFiles } from '../../fixtures/load-fixture';
import { rawArticle, validRawContent } from '../../fixtures/raw-content';
import { FIXTURE_SOURCES, fixtureSiteText } from '../../fixtures/site-text';

const TODAY = '2026-06-01';
const GUIDE = 'content/guides/first.mdx';

function problemsOf(raw: RawContent, today = TODAY): ContentProblem[] {
  const result = validateContent(raw, { today });
  return result.ok ? [] : result.problems;
}

function withGuide(fields: Record<string, unknown>): RawContent {
  const raw = validRawContent();
  raw.guides[0] = rawArticle('guides', 'first', {
    order: 1,
    therapies: ['alpha'],
    topics: ['choosing'],
    ...fields,
  });
  return raw;
}

const change = (date: string, kind: string, text: string) => ({ date, kind, text });

describe('a page’s list of changes', () => {
  it('accepts a list, oldest first, and keeps it on the document', () => {
    const result = validateContent(
      withGuide({
        changes: [
          change('2026-01-10', 'new', 'First published.'),
          change('2026-03-02', 'correction', 'A number is fixed: about 19 in 100, not 1 in 5.'),
          change('2026-03-02', 'update', 'A new section on costs.'),
        ],
      }),
      { today: TODAY },
    );
    expect(result.ok && result.content.guides[0]?.changes.map((c) => c.kind)).toEqual([
      'new',
      'correction',
      'update',
    ]);
  });

  it('is required, naming the file and the field', () => {
    const raw = withGuide({});
    delete raw.guides[0]!.changes;
    expect(problemsOf(raw)).toEqual([
      {
        file: GUIDE,
        field: 'changes',
        message:
          'is missing: list the page\'s changes, like [{ date: "2026-11-29", kind: new, text: "First published." }]',
      },
    ]);
  });

  it('must list at least one change', () => {
    expect(problemsOf(withGuide({ changes: [] }))).toEqual([
      {
        file: GUIDE,
        field: 'changes',
        message:
          'must list at least one change, like [{ date: "2026-11-29", kind: new, text: "First published." }]',
      },
    ]);
  });

  it('needs a real calendar date written as YYYY-MM-DD', () => {
    expect(
      problemsOf(
        withGuide({
          changes: [change('2026-1-10', 'new', 'First.'), change('2026-02-30', 'update', 'Later.')],
        }),
      ),
    ).toEqual([
      { file: GUIDE, field: 'changes[0].date', message: 'must be a date written as YYYY-MM-DD' },
      { file: GUIDE, field: 'changes[0].date', message: 'is not a real calendar date' },
      { file: GUIDE, field: 'changes[1].date', message: 'is not a real calendar date' },
    ]);
  });

  it('fails a change dated after the build’s today', () => {
    expect(
      problemsOf(withGuide({ changes: [change('2026-06-02', 'correction', 'Tomorrow.')] })),
    ).toEqual([
      {
        file: GUIDE,
        field: 'changes[0].date',
        message: 'is in the future (2026-06-02); use the date the change was published',
      },
    ]);
  });

  it('accepts a change dated today, and has no calendar rule without a today (the running server)', () => {
    const raw = withGuide({ changes: [change('2026-06-02', 'new', 'First.')] });
    expect(problemsOf(raw, '2026-06-02')).toEqual([]);
    expect(validateContent(raw).ok).toBe(true);
  });

  it('takes a kind from the list only', () => {
    expect(problemsOf(withGuide({ changes: [change('2026-01-10', 'fix', 'A fix.')] }))).toEqual([
      {
        file: GUIDE,
        field: 'changes[0].kind',
        message: 'must be one of correction, update, new (not "fix")',
      },
    ]);
    expect(problemsOf(withGuide({ changes: [{ date: '2026-01-10', text: 'A fix.' }] }))).toEqual([
      {
        file: GUIDE,
        field: 'changes[0].kind',
        message: 'is missing: use one of correction, update, new',
      },
    ]);
  });

  it('needs a non-empty line of plain text', () => {
    const problems = problemsOf(
      withGuide({
        changes: [
          change('2026-01-10', 'new', '   '),
          change('2026-01-11', 'update', 'See <b>this</b>.'),
          change('2026-01-12', 'update', 'See [the guide](/guides/first).'),
          change('2026-01-13', 'update', 'Two\nlines.'),
          { date: '2026-01-14', kind: 'update' },
        ],
      }),
    );
    expect(problems).toEqual([
      {
        file: GUIDE,
        field: 'changes[0].text',
        message: 'must not be empty: say in one plain line what changed',
      },
      {
        file: GUIDE,
        field: 'changes[1].text',
        message:
          'must be plain text: no HTML, Markdown or braces (< > [ ] * _ ` { } or a leading #)',
      },
      {
        file: GUIDE,
        field: 'changes[2].text',
        message:
          'must be plain text: no HTML, Markdown or braces (< > [ ] * _ ` { } or a leading #)',
      },
      { file: GUIDE, field: 'changes[3].text', message: 'must be one line, with no line breaks' },
      {
        file: GUIDE,
        field: 'changes[4].text',
        message: 'is missing: say in one plain line what changed',
      },
    ]);
  });

  it('must be written oldest first, so an editor adds new lines at the end', () => {
    expect(
      problemsOf(
        withGuide({
          changes: [
            change('2026-03-01', 'update', 'Later.'),
            change('2026-01-10', 'new', 'First.'),
          ],
        }),
      ),
    ).toEqual([
      {
        file: GUIDE,
        field: 'changes[1].date',
        message:
          'is before the change above it (2026-03-01): list changes oldest first, adding new ones at the end',
      },
    ]);
  });

  it('is checked in a condition file too', () => {
    const [condition] = loadConditionFiles('tests/fixtures/nine-conditions/conditions');
    const raw = { ...validRawContent(), conditions: [{ ...condition!, changes: [] }] };
    expect(problemsOf(raw)).toContainEqual({
      file: 'content/conditions/ankle-pain.yaml',
      field: 'changes',
      message:
        'must list at least one change, like [{ date: "2026-11-29", kind: new, text: "First published." }]',
    });
  });

  it('is checked in content/site-text.yaml too, with the calendar rule', () => {
    const text = fixtureSiteText();
    const result = validateSiteText(
      {
        file: 'content/site-text.yaml',
        data: { ...text, changes: [...text.changes, change('2026-06-02', 'update', 'Soon.')] },
      },
      FIXTURE_SOURCES,
      { today: TODAY },
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'content/site-text.yaml',
        field: 'changes.1.date',
        message: 'is in the future (2026-06-02); use the date the change was published',
      },
    ]);
  });
});

describe('ordering and dates of changes', () => {
  const list = [
    { date: '2026-01-10', kind: 'new' as const, text: 'First published.' },
    { date: '2026-03-02', kind: 'correction' as const, text: 'A number fixed.' },
    { date: '2026-03-02', kind: 'update' as const, text: 'A section added.' },
    { date: '2026-05-20', kind: 'update' as const, text: 'A link added.' },
  ];

  it('shows the newest first, and on the same day the line written later first', () => {
    expect(newestFirst(list).map((c) => c.text)).toEqual([
      'A link added.',
      'A section added.',
      'A number fixed.',
      'First published.',
    ]);
  });

  it('keeps each change’s place in its file', () => {
    expect(newestFirst(list).map((c) => c.index)).toEqual([3, 2, 1, 0]);
  });

  it('shows a page’s latest three', () => {
    expect(latestChanges(list).map((c) => c.text)).toEqual([
      'A link added.',
      'A section added.',
      'A number fixed.',
    ]);
  });

  it('dates the page by its newest change', () => {
    expect(lastChanged(list)).toBe('2026-05-20');
    expect(lastChanged([])).toBeUndefined();
  });

  it('lists every page’s changes newest first, each with its page and a stable anchor', () => {
    const all = siteChanges([
      { title: 'Alpha', path: '/therapies/alpha', changes: list.slice(0, 2) },
      {
        title: 'Words used across the site',
        path: '/',
        changes: [{ date: '2026-03-02', kind: 'update', text: 'A notice reworded.' }],
      },
    ]);
    expect(all.map((c) => [c.date, c.page.title, c.anchor, c.text])).toEqual([
      ['2026-03-02', 'Alpha', 'therapies-alpha-2', 'A number fixed.'],
      ['2026-03-02', 'Words used across the site', 'home-1', 'A notice reworded.'],
      ['2026-01-10', 'Alpha', 'therapies-alpha-1', 'First published.'],
    ]);
    expect(changeAnchor('/guides/your-first-session', 0)).toBe('guides-your-first-session-1');
  });
});
