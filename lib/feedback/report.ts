// The editors' report (`npm run feedback`): pure formatting of what the store returns.
import type { PageCount, StoredComment } from './store';

export interface PageReport extends PageCount {
  total: number;
  /** Share answering yes, 0–100, rounded; null with no answers. */
  shareYes: number | null;
  comments: Omit<StoredComment, 'page'>[];
}

export function buildReport(counts: PageCount[], comments: StoredComment[]): PageReport[] {
  return counts.map((count) => {
    const total = count.yes + count.no;
    return {
      ...count,
      total,
      shareYes: total === 0 ? null : Math.round((100 * count.yes) / total),
      comments: comments
        .filter((comment) => comment.page === count.page)
        .map(({ answer, comment, createdHour }) => ({ answer, comment, createdHour })),
    };
  });
}

export function reportText(report: PageReport[], source: string): string {
  if (report.length === 0) return `No answers yet (${source}).\n`;
  const lines = [`Feedback from ${source}`, ''];
  for (const page of report) {
    lines.push(
      `${page.page}  yes ${page.yes}  no ${page.no}  ${page.shareYes ?? 0}% yes (${page.total} answer${page.total === 1 ? '' : 's'})`,
    );
    for (const comment of page.comments) {
      lines.push(
        `    ${comment.createdHour}  ${comment.answer.padEnd(3)}  ${comment.comment.replace(/\s+/g, ' ')}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A cell a spreadsheet will not run as a formula, quoted as RFC 4180 asks. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per page; the latest comments in one cell, newest first, separated by " | ". */
export function reportCsv(report: PageReport[]): string {
  const rows = [['page', 'yes', 'no', 'total', 'share_yes_percent', 'latest_comments']];
  const body = report.map((page) =>
    [
      page.page,
      page.yes,
      page.no,
      page.total,
      page.shareYes,
      page.comments.map((c) => c.comment).join(' | '),
    ].map(cell),
  );
  return `${[rows[0]?.map(cell) ?? [], ...body].map((row) => row.join(',')).join('\r\n')}\r\n`;
}
