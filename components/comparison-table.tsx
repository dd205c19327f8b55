import type { AspectKey } from '@/lib/aspects';
import { comparisonRows, tableCitations, type ComparisonColumn } from '@/lib/comparison';
import { sourceAnchor } from '@/lib/routes';

/**
 * Therapies as columns, aspects as rows, every cell cited. Below 640 px each row becomes a block
 * and each value carries its therapy's name, so nothing scrolls sideways and a screen reader still
 * hears whose value it is.
 */
export function ComparisonTable({
  columns,
  aspects,
  caption,
  sourceTitles,
}: {
  columns: ComparisonColumn[];
  aspects: readonly AspectKey[];
  caption: string;
  /** Source id → title, for the citation links' accessible names. */
  sourceTitles: Readonly<Record<string, string>>;
}) {
  const rows = comparisonRows(columns, aspects);
  const citations = tableCitations(rows);
  return (
    <div className="comparison not-prose my-6">
      <table className="comparison-table w-full border-collapse text-base">
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead className="comparison-head">
          <tr>
            <td className="comparison-corner" />
            {columns.map((column) => (
              <th key={column.slug} scope="col" className="border-b-2 border-line p-3 text-left align-bottom text-lg">
                <a href={column.url}>{column.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="comparison-row border-b border-line">
              <th scope="row" className="comparison-aspect p-3 text-left align-top">
                <span className="block font-semibold">{row.label}</span>
                <span className="block text-sm font-normal text-muted">{row.help}</span>
              </th>
              {row.cells.map(({ column, cell, items }) => (
                <td key={column.slug} className="comparison-cell p-3 align-top">
                  <span className="comparison-label font-semibold">{column.name}: </span>
                  {cell.text}
                  {items && (
                    <ul className="mt-2 list-disc space-y-1 pl-5">
                      {items.map((item) => (
                        <li key={item.label}>
                          <span className="font-semibold">{item.label}.</span> {item.note}
                        </li>
                      ))}
                    </ul>
                  )}{' '}
                  {cell.sources.map((id) => (
                    <sup key={id} className="cite">
                      <a
                        href={sourceAnchor(id)}
                        aria-label={`Source ${citations.indexOf(id) + 1}: ${sourceTitles[id] ?? id}`}
                      >
                        [{citations.indexOf(id) + 1}]
                      </a>
                    </sup>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
