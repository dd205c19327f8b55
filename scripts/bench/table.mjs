// Plain-text tables in Markdown form: readable in a terminal, and pasted as-is into
// docs/performance.md. The first column is left-aligned, the figures right-aligned.

const cellText = (cell) =>
  cell === null || cell === undefined || cell === '' ? '–' : String(cell);

/** `headers` and each row are arrays of cells; a missing cell prints as "–". */
export function formatTable(headers, rows) {
  const texts = [headers, ...rows].map((row) => headers.map((_, index) => cellText(row[index])));
  const widths = headers.map((_, index) =>
    Math.max(3, ...texts.map((row) => [...row[index]].length)),
  );
  const pad = (text, index) => {
    const fill = ' '.repeat(widths[index] - [...text].length);
    return index === 0 ? text + fill : fill + text;
  };
  const line = (row) => `| ${row.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((width, index) => (index === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(texts[0]), rule, ...texts.slice(1).map(line)].join('\n');
}
