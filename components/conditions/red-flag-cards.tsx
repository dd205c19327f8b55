import type { RedFlag } from '@/lib/schemas/condition';
import { quoteAnchor } from '@/lib/site/paths';
import { CareCard } from '../mdx/care-card';

/** A condition's red flags as care cards, in the file's order, each naming its sources. */
export function RedFlagCards({
  flags,
  labels,
  headingLevel = 2,
}: {
  flags: readonly RedFlag[];
  labels: Readonly<Record<string, string>>;
  headingLevel?: 2 | 3;
}) {
  return (
    <>
      {flags.map((flag) => (
        <CareCard
          key={flag.title}
          level={flag.level}
          title={flag.title}
          headingLevel={headingLevel}
        >
          <p>{flag.text}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {flag.signs.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          {/* Text colour comes from the card, so it keeps its contrast on an emergency card. */}
          <p className="mt-2 text-base">
            Sources:{' '}
            {/* One link per source: its first quote here leads to the rest on /sources. */}
            {flag.sources
              .filter(
                (ref, index) =>
                  flag.sources.findIndex((other) => other.source === ref.source) === index,
              )
              .map((ref, index) => (
                <span key={ref.source}>
                  {index > 0 && '; '}
                  <a href={quoteAnchor(ref)} data-source-id={ref.source}>
                    {labels[ref.source] ?? ref.source}
                  </a>
                </span>
              ))}
          </p>
        </CareCard>
      ))}
    </>
  );
}
