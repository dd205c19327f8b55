// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildReport, reportCsv, reportText } from '@/lib/feedback/report';

const counts = [
  { page: '/compare', yes: 3, no: 1 },
  { page: '/guides/safety', yes: 0, no: 2 },
];
const comments = [
  {
    page: '/guides/safety',
    answer: 'no' as const,
    comment: '=HYPERLINK("x")',
    createdHour: '2026-11-29T13:00Z',
  },
  {
    page: '/guides/safety',
    answer: 'no' as const,
    comment: 'Say more, "clearly"',
    createdHour: '2026-11-28T09:00Z',
  },
];

describe('feedback report', () => {
  it('gives each page its counts, share answering yes and latest comments', () => {
    expect(buildReport(counts, comments)).toEqual([
      { page: '/compare', yes: 3, no: 1, total: 4, shareYes: 75, comments: [] },
      {
        page: '/guides/safety',
        yes: 0,
        no: 2,
        total: 2,
        shareYes: 0,
        comments: [
          { answer: 'no', comment: '=HYPERLINK("x")', createdHour: '2026-11-29T13:00Z' },
          { answer: 'no', comment: 'Say more, "clearly"', createdHour: '2026-11-28T09:00Z' },
        ],
      },
    ]);
  });

  it('writes CSV a spreadsheet cannot run as formulas', () => {
    expect(reportCsv(buildReport(counts, comments))).toBe(
      'page,yes,no,total,share_yes_percent,latest_comments\r\n' +
        '/compare,3,1,4,75,\r\n' +
        `/guides/safety,0,2,2,0,"'=HYPERLINK(""x"") | Say more, ""clearly"""\r\n`,
    );
  });

  it('prints a plain table for editors', () => {
    expect(reportText(buildReport(counts, comments), 'SQLite at data/feedback.sqlite')).toBe(
      'Feedback from SQLite at data/feedback.sqlite\n\n' +
        '/compare  yes 3  no 1  75% yes (4 answers)\n' +
        '/guides/safety  yes 0  no 2  0% yes (2 answers)\n' +
        '    2026-11-29T13:00Z  no   =HYPERLINK("x")\n' +
        '    2026-11-28T09:00Z  no   Say more, "clearly"\n',
    );
    expect(reportText([], 'SQLite at x')).toBe('No answers yet (SQLite at x).\n');
  });
});
