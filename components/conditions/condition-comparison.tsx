import type { ConditionRow, ConditionRowKey } from '@/lib/conditions/condition-rows';
import type { CitationRef } from '@/lib/schemas/citation';
import type { ConditionEntry } from '@/lib/schemas/condition';
import type { LabelsText } from '@/lib/schemas/text/labels-text';
import type { SourceIndex } from '@/lib/schemas/source';
import { ComparisonHead } from '../compare/comparison-table';
import { CitationLinks } from '../evidence/citation-links';
import { RatingBadge } from '../evidence/rating-badge';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';

export interface ConditionColumn {
  slug: string;
  name: string;
  url: string;
  entry: ConditionEntry;
  /** What the column's rating means, in words (content/evidence-rule.yaml). */
  meaning: string;
}

/** The table's words: its rows, and what a cell says when the condition file has nothing to show. */
export interface ConditionComparisonWords {
  rows: readonly ConditionRow[];
  /** What each place and guideline stance is called (content/site-text.yaml `labels`). */
  places: LabelsText['places'];
  stances: LabelsText['stances'];
  noGuideline: string;
  noCoverage: string;
  noSessions: string;
}

/**
 * The condition page's side-by-side table: therapies as columns, the same rows for each. It reuses
 * the comparison table's layout classes, so below 640 px each row becomes a block too.
 */
export function ConditionComparison({
  columns,
  caption,
  numbering,
  sources,
  words,
  rule,
}: {
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  columns: readonly ConditionColumn[];
  caption: string;
  words: ConditionComparisonWords;
  /** Source ids in page order: position + 1 is the number shown. */
  numbering: readonly string[];
  sources: SourceIndex;
}) {
  return (
    <div className="comparison not-prose my-6" data-variant="full">
      <table className="comparison-table">
        <caption>{caption}</caption>
        <ComparisonHead columns={columns} />
        <tbody>
          {words.rows.map((row) => (
            <tr key={row.key} className="comparison-row" data-row={row.key}>
              <th scope="row" className="comparison-aspect">
                <span className="block font-semibold">{row.label}</span>
                <span className="block text-sm font-normal text-muted">{row.help}</span>
              </th>
              {columns.map((column) => (
                <td key={column.slug} className="comparison-cell" data-therapy={column.slug}>
                  <span className="comparison-label">{column.name}: </span>
                  <RowCell
                    row={row.key}
                    column={column}
                    words={words}
                    numbering={numbering}
                    sources={sources}
                    rule={rule}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cited({
  refs,
  numbering,
  sources,
}: {
  refs: readonly CitationRef[];
  numbering: readonly string[];
  sources: SourceIndex;
}) {
  // Numbers jump to the page's own source list, which shows the quoted words.
  return <CitationLinks refs={refs} numbering={numbering} sources={sources} />;
}

function RowCell({
  row,
  column: { entry, meaning },
  words,
  numbering,
  sources,
  rule,
}: {
  rule: EvidenceRuleText;
  row: ConditionRowKey;
  column: ConditionColumn;
  words: ConditionComparisonWords;
  numbering: readonly string[];
  sources: SourceIndex;
}) {
  const cite = (refs: readonly CitationRef[]) => (
    <Cited refs={refs} numbering={numbering} sources={sources} />
  );
  if (row === 'research') {
    return (
      <>
        <RatingBadge rating={entry.rating} rule={rule} />{' '}
        <span className="block">
          {entry.summary ? (
            <>
              {entry.summary.text} {cite(entry.summary.sources)}
            </>
          ) : (
            meaning
          )}
        </span>
      </>
    );
  }
  if (row === 'guidelines') {
    if (entry.guidelines.length === 0) return <>{words.noGuideline}</>;
    return (
      <ul className="space-y-2">
        {entry.guidelines.map((guideline) => (
          <li key={guideline.body}>
            <span className="font-semibold">
              {guideline.body} ({words.places[guideline.where]}): {words.stances[guideline.stance]}.
            </span>{' '}
            {guideline.text} {cite(guideline.sources)}
          </li>
        ))}
      </ul>
    );
  }
  if (row === 'coverage') {
    if (entry.coverage.length === 0) return <>{words.noCoverage}</>;
    return (
      <ul className="space-y-2">
        {entry.coverage.map((item) => (
          <li key={item.text}>
            <span className="font-semibold">{words.places[item.where]}:</span> {item.text}{' '}
            {cite(item.sources)}
          </li>
        ))}
      </ul>
    );
  }
  if (!entry.sessions) {
    return <>{words.noSessions}</>;
  }
  return (
    <>
      {entry.sessions.text} {cite(entry.sessions.sources)}
    </>
  );
}
