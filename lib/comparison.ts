import { ASPECTS, type AspectKey } from './aspects';
import type { Cell, Profile } from './schemas/therapy';

export interface ComparisonColumn {
  slug: string;
  name: string;
  url: string;
  profile: Profile;
}

export interface ComparisonRow {
  key: AspectKey;
  label: string;
  help: string;
  cells: { column: ComparisonColumn; cell: Cell; items?: { label: string; note: string }[] }[];
}

/** Rows in the defined aspect order, whatever order the caller names them in. */
export function comparisonRows(columns: ComparisonColumn[], aspectKeys: readonly AspectKey[]): ComparisonRow[] {
  return ASPECTS.filter((aspect) => aspectKeys.includes(aspect.key)).map((aspect) => ({
    key: aspect.key,
    label: aspect.label,
    help: aspect.help,
    cells: columns.map((column) => {
      const cell = column.profile[aspect.key];
      const items =
        'items' in cell
          ? cell.items.map((item) => ({
              label: item.label,
              note: 'evidence' in item ? `${evidenceLabel(item.evidence)} ${item.note}` : item.note,
            }))
          : undefined;
      return { column, cell, items };
    }),
  }));
}

/** Source ids in the order a table cites them, which numbers its citation links. */
export function tableCitations(rows: ComparisonRow[]): string[] {
  const ids: string[] = [];
  for (const row of rows) {
    for (const { cell } of row.cells) for (const id of cell.sources) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export function evidenceLabel(level: 'some' | 'mixed' | 'limited'): string {
  return { some: 'Some evidence:', mixed: 'Mixed evidence:', limited: 'Limited evidence:' }[level];
}
