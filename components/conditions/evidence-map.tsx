import type { EvidenceMapRow } from '@/lib/conditions/condition-uses';
import { RatingBadge } from '../evidence/rating-badge';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';

/**
 * Conditions down the side, therapies across, one rating per cell as a shape and a word. It is a
 * real table (caption, header scopes), so a screen reader can move by row and column; each cell
 * links to that therapy's section on the condition page.
 */
export function EvidenceMap({
  rows,
  therapies,
  words,
  rule,
}: {
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  rows: readonly EvidenceMapRow[];
  therapies: readonly { slug: string; name: string; url: string }[];
  /** The table's caption and the heading of its first column. */
  words: { caption: string; problem: string };
}) {
  return (
    <div className="evidence-map not-prose my-6">
      <table
        className="evidence-map-table w-full border-collapse text-base"
        data-testid="evidence-map"
      >
        <caption className="mb-2 text-left text-lg font-semibold">{words.caption}</caption>
        <thead className="evidence-map-head">
          <tr>
            <th scope="col" className="border-b-2 border-line p-2 text-left align-bottom">
              {words.problem}
            </th>
            {therapies.map((therapy) => (
              <th
                key={therapy.slug}
                scope="col"
                className="border-b-2 border-line p-2 text-left align-bottom"
              >
                <a href={therapy.url}>{therapy.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.condition.slug}
              className="border-b border-line"
              data-condition={row.condition.slug}
            >
              <th scope="row" className="p-2 text-left align-top font-semibold">
                <a href={row.condition.url}>{row.condition.name}</a>
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.therapy.slug}
                  className="p-2 align-top"
                  data-therapy={cell.therapy.slug}
                >
                  <a href={cell.href} className="evidence-map-link">
                    <RatingBadge rating={cell.rating} rule={rule} />
                  </a>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
