import { quoteAnchor } from '@/lib/site/paths';
import {
  CARE_STYLE,
  warningSetRefs,
  type WarningLibrary,
  type WarningSet,
} from '@/lib/schemas/warning-signs';
import { CareCard, type CareLevelWords } from '../mdx/care-card';

/**
 * Sets of warning signs from content/warning-signs.yaml, one care card each: the urgency's one
 * action as the heading, then what the set is about, its signs, the advice for that urgency and
 * the sources its words rest on.
 */
export function WarningSignCards({
  sets,
  urgency,
  labels,
  sourcesLead,
  levelWords,
  headingLevel = 2,
}: {
  /** The word each card's heading starts with, per level. */
  levelWords: CareLevelWords;
  sets: readonly WarningSet[];
  urgency: WarningLibrary['urgency'];
  labels: Readonly<Record<string, string>>;
  /** The words before a card's source links ("Sources:"). */
  sourcesLead: string;
  headingLevel?: 2 | 3;
}) {
  return (
    <>
      {sets.map((set) => {
        const level = urgency[set.urgency];
        const refs = warningSetRefs(set);
        return (
          <div key={set.id} data-warning-set={set.id} data-urgency={set.urgency}>
            <CareCard
              level={CARE_STYLE[set.urgency]}
              levelWords={levelWords}
              title={level.action}
              about={set.title}
              headingLevel={headingLevel}
            >
              {set.intro && <p>{set.intro.text}</p>}
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {set.signs.map((sign) => (
                  <li key={sign.id} data-sign={sign.id}>
                    {sign.text}
                  </li>
                ))}
              </ul>
              <p>{level.advice}</p>
              {/* Text colour comes from the card, so it keeps its contrast on an emergency card. */}
              <p className="mt-2 text-base">
                {sourcesLead}{' '}
                {/* One link per source: its first quote here leads to the rest on /sources. */}
                {refs
                  .filter(
                    (ref, index) =>
                      refs.findIndex((other) => other.source === ref.source) === index,
                  )
                  .map((ref, index) => (
                    <span key={ref.source}>
                      {index > 0 && '; '}
                      <a href={quoteAnchor(ref)} data-source-id={ref.source}>
                        <cite>{labels[ref.source] ?? ref.source}</cite>
                      </a>
                    </span>
                  ))}
              </p>
            </CareCard>
          </div>
        );
      })}
    </>
  );
}
