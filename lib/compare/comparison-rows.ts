import { ASPECT_KEYS, type AspectKey } from '../schemas/profile-aspects';
import type { ConditionUse } from '../conditions/condition-uses';
import type { Rating } from '../schemas/evidence-rating';
import { quoteAnchorId, type CitationRef } from '../schemas/citation';
import type { Cell, Profile } from '../schemas/therapy';
import type { LabelsText } from '../schemas/text/labels-text';
import { fillText } from '../site/fill-template';

/** The words rows are shown with: each aspect's name and help, and the uses cell's line. */
export type ComparisonRowWords = Pick<LabelsText, 'aspects' | 'usesCell'>;

/** Only the row words out of all the labels, so a page hands its table no more than it needs. */
export const rowWords = (labels: LabelsText): ComparisonRowWords => ({
  aspects: labels.aspects,
  usesCell: labels.usesCell,
});

export interface ComparisonColumn {
  slug: string;
  name: string;
  url: string;
  profile: Profile;
  /** "What people use it for", built from content/conditions/ (one row per condition file). */
  uses: ConditionUse[];
}

/** Aspects written in the profiles; "conditions" comes from the condition files instead. */
export type ProfileAspectKey = Exclude<AspectKey, 'conditions'>;

/** One listed use or caution inside a cell, with the quotes it rests on. */
export interface ComparisonItem {
  id: string;
  label: string;
  note: string;
  rating?: Rating;
  /** Where the item is told in full (a use links to its condition page section). */
  href?: string;
  sources: CitationRef[];
}

export interface ComparisonCell {
  column: ComparisonColumn;
  cell: Cell;
  items?: ComparisonItem[];
}

export interface ComparisonRow {
  key: AspectKey;
  label: string;
  help: string;
  cells: ComparisonCell[];
}

function itemsOf(value: Profile[ProfileAspectKey]): ComparisonItem[] | undefined {
  if (!('items' in value)) return undefined;
  return value.items.map((item) => ({
    id: item.id,
    label: item.label,
    note: item.note,
    sources: item.sources,
  }));
}

/** The "What people use it for" cell of one column, from its condition uses. */
function usesCell(
  column: Pick<ComparisonColumn, 'uses'>,
  words: ComparisonRowWords['usesCell'],
): Pick<ComparisonCell, 'cell' | 'items'> {
  const count = column.uses.length;
  return {
    cell: { text: fillText(count === 1 ? words.one : words.many, { count }), sources: [] },
    items: column.uses.map((use) => ({
      id: use.id,
      label: use.label,
      note: use.note,
      rating: use.rating,
      href: use.href,
      sources: use.sources,
    })),
  };
}

/** One column's cell for one aspect, wherever that aspect's content lives. */
export function cellOf(
  column: ComparisonColumn,
  key: AspectKey,
  words: ComparisonRowWords,
): Pick<ComparisonCell, 'cell' | 'items'> {
  if (key === 'conditions') return usesCell(column, words.usesCell);
  const value = column.profile[key];
  const items = itemsOf(value);
  return { cell: value, ...(items ? { items } : {}) };
}

/** Rows in the defined aspect order, whatever order the caller names them in. */
export function comparisonRows(
  columns: readonly ComparisonColumn[],
  aspectKeys: readonly AspectKey[],
  words: ComparisonRowWords,
): ComparisonRow[] {
  return ASPECT_KEYS.filter((key) => aspectKeys.includes(key)).map((key) => ({
    key,
    ...words.aspects[key],
    cells: columns.map((column) => ({ column, ...cellOf(column, key, words) })),
  }));
}

/** Citations without repeats (the same quote twice counts once), in their first order. */
export function uniqueRefs(refs: readonly CitationRef[]): CitationRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = quoteAnchorId(ref);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every quote one cell cites, its own first, then its items', without repeats. */
export function cellSources({
  cell,
  items,
}: Pick<ComparisonCell, 'cell' | 'items'>): CitationRef[] {
  return uniqueRefs([...cell.sources, ...(items ?? []).flatMap((item) => item.sources)]);
}

/** Source ids in the order a table cites them, which numbers its citation links. */
export function tableCitations(rows: readonly ComparisonRow[]): string[] {
  return [
    ...new Set(rows.flatMap((row) => row.cells.flatMap(cellSources)).map((ref) => ref.source)),
  ];
}

/** How many cells cite each source id, most-cited first (ties by id): the editors' audit. */
export function citationCounts(rows: readonly ComparisonRow[]): { id: string; cells: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const cell of row.cells) {
      for (const id of new Set(cellSources(cell).map((ref) => ref.source)))
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, cells]) => ({ id, cells }))
    .sort((a, b) => b.cells - a.cells || a.id.localeCompare(b.id));
}

/** The columns named by `slugs`, in that order. */
export function pickColumns(
  columns: readonly ComparisonColumn[],
  slugs: readonly string[],
): ComparisonColumn[] {
  return slugs.flatMap((slug) => columns.filter((column) => column.slug === slug));
}

/** A name as it reads mid-sentence: "Dry needling" → "dry needling", but "TENS" stays "TENS". */
export function nameInSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "dry needling and acupuncture", or "a, b and c": the therapies named in running text. */
export function namesInSentence(columns: readonly Pick<ComparisonColumn, 'name'>[]): string {
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(
    columns.map((column) => nameInSentence(column.name)),
  );
}
