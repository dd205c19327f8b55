import { ASPECTS, type AspectKey } from './aspects';
import { quoteAnchorId, type CitationRef } from './schemas/citation';
import type { Cell, EvidenceLevel, Profile } from './schemas/therapy';

export interface ComparisonColumn {
  slug: string;
  name: string;
  url: string;
  profile: Profile;
}

/** One listed use or caution inside a cell, with the quotes it rests on. */
export interface ComparisonItem {
  id: string;
  label: string;
  note: string;
  evidence?: EvidenceLevel;
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

function itemsOf(value: Profile[AspectKey]): ComparisonItem[] | undefined {
  if (!('items' in value)) return undefined;
  return value.items.map((item) => ({
    id: item.id,
    label: item.label,
    note: item.note,
    sources: item.sources,
    ...('evidence' in item ? { evidence: item.evidence } : {}),
  }));
}

/** Rows in the defined aspect order, whatever order the caller names them in. */
export function comparisonRows(
  columns: readonly ComparisonColumn[],
  aspectKeys: readonly AspectKey[],
): ComparisonRow[] {
  return ASPECTS.filter((aspect) => aspectKeys.includes(aspect.key)).map((aspect) => ({
    key: aspect.key,
    label: aspect.label,
    help: aspect.help,
    cells: columns.map((column) => {
      const value = column.profile[aspect.key];
      const items = itemsOf(value);
      return { column, cell: value, ...(items ? { items } : {}) };
    }),
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

export function evidenceLabel(level: EvidenceLevel): string {
  return { some: 'Some evidence:', mixed: 'Mixed evidence:', limited: 'Limited evidence:' }[level];
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
