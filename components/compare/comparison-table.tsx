import Link from 'next/link';
import type { AspectKey } from '@/lib/schemas/profile-aspects';
import {
  cellSources,
  comparisonRows,
  tableCitations,
  type ComparisonCell,
  type ComparisonColumn,
  type ComparisonRowWords,
} from '@/lib/compare/comparison-rows';
import type { SourceIndex } from '@/lib/schemas/source';
import { CitationLinks } from '../evidence/citation-links';
import { PrintedSources } from '../evidence/printed-sources';
import { RatingBadge } from '../evidence/rating-badge';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import { SourcesSay } from '../evidence/sources-say';

export type ComparisonVariant = 'full' | 'glance';

/** At a glance, a cell of ratings links to them by these words instead of listing them. */
type VariantProps = { variant?: 'full' } | { variant: 'glance'; ratingsLink: string };

/** One column header per therapy, each linking to its page (condition tables use it too). */
export function ComparisonHead({
  columns,
}: {
  columns: readonly Pick<ComparisonColumn, 'slug' | 'url' | 'name'>[];
}) {
  return (
    <thead className="comparison-head">
      <tr>
        <td className="comparison-corner" />
        {columns.map((column) => (
          <th key={column.slug} scope="col">
            <a href={column.url}>{column.name}</a>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * Therapies as columns, aspects as rows, every cell cited. Below 640 px each row becomes a block
 * and each value carries its therapy's name, so nothing scrolls sideways and a screen reader still
 * hears whose value it is. `glance` keeps only each cell's one-line summary.
 */
export function ComparisonTable({
  columns,
  aspects,
  caption,
  sources,
  rowIdPrefix,
  articleCitations,
  rule,
  labels,
  ...shape
}: VariantProps & {
  /** Each row's name and help line (content/site-text.yaml `labels`). */
  labels: ComparisonRowWords;
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  columns: readonly ComparisonColumn[];
  aspects: readonly AspectKey[];
  caption: string;
  sources: SourceIndex;
  /** Gives each row an id (prefix + aspect key) so search results can link to it; one table a page. */
  rowIdPrefix?: string;
  /**
   * Inside an article: the article's reference order, so the table's numbers match the article's
   * (and its reference list prints the addresses instead of the table).
   */
  articleCitations?: readonly string[];
}) {
  const rows = comparisonRows(columns, aspects, labels);
  const citations = articleCitations ?? tableCitations(rows);
  const variant: ComparisonVariant = shape.variant ?? 'full';
  const ratingsLink = shape.variant === 'glance' ? shape.ratingsLink : undefined;
  return (
    <div className="comparison not-prose my-6" data-variant={variant}>
      <table className="comparison-table">
        <caption>{caption}</caption>
        <ComparisonHead columns={columns} />
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              // Spread, not id={undefined}: an undefined prop still costs bytes in the React payload.
              {...(rowIdPrefix ? { id: `${rowIdPrefix}${row.key}` } : {})}
              className="comparison-row"
              data-aspect={row.key}
            >
              <th scope="row" className="comparison-aspect">
                <span className="block font-semibold">{row.label}</span>
                {variant === 'full' && (
                  <span className="block text-sm font-normal text-muted">{row.help}</span>
                )}
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.column.slug}
                  className="comparison-cell"
                  data-therapy={cell.column.slug}
                >
                  <ComparisonCellContent
                    cell={cell}
                    label={row.label}
                    variant={variant}
                    ratingsLink={ratingsLink}
                    citations={citations}
                    sources={sources}
                    rule={rule}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!articleCitations && <PrintedSources ids={citations} sources={sources} />}
    </div>
  );
}

function ComparisonCellContent({
  cell: { column, cell, items },
  label,
  variant,
  ratingsLink,
  citations,
  sources,
  rule,
}: {
  rule: EvidenceRuleText;
  cell: ComparisonCell;
  label: string;
  variant: ComparisonVariant;
  ratingsLink: string | undefined;
  citations: readonly string[];
  sources: SourceIndex;
}) {
  const full = variant === 'full';
  // Uses rated from the condition files: at a glance, point to the ratings rather than pile up
  // every condition's citations on one line (each rating is cited on its condition page).
  if (!full && ratingsLink !== undefined && items?.some((item) => item.rating)) {
    return (
      <>
        <span className="comparison-label">{column.name}: </span>
        {cell.text}{' '}
        <Link href="/conditions" className="underline">
          {ratingsLink}
        </Link>
      </>
    );
  }
  // At a glance the items are not shown, so their sources move up to the cell's own line.
  const ownSources = full ? cell.sources : cellSources({ cell, items });
  return (
    <>
      {/* Shown only in the narrow layout, where there are no column headers to see. */}
      <span className="comparison-label">{column.name}: </span>
      {cell.text} <CitationLinks refs={ownSources} numbering={citations} sources={sources} />
      {full && cell.points && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {cell.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      {full && items && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.id} data-item={item.id}>
              <span className="font-semibold">
                {item.href ? <a href={item.href}>{item.label}</a> : item.label}.
              </span>{' '}
              {item.rating && (
                <>
                  <RatingBadge rating={item.rating} rule={rule} />.{' '}
                </>
              )}
              {item.note}{' '}
              <CitationLinks refs={item.sources} numbering={citations} sources={sources} />
            </li>
          ))}
        </ul>
      )}
      {full && (
        <SourcesSay
          refs={cellSources({ cell, items })}
          sources={sources}
          subject={`${column.name}, ${label.toLowerCase()}`}
        />
      )}
    </>
  );
}
