/** One kind of source, with one line per source: no quote text, only its name and its page. */
export interface SourceIndexGroup {
  kind: string;
  heading: string;
  sources: readonly { id: string; title: string; publisher: string; href: string }[];
}

// The lines' styles sit once on their list, not on each of ~100 lines (and again in the React
// payload). Plain links, not next/link: a phone scrolling the index should not prefetch every page.
const LIST =
  'mt-4 space-y-3 [&>li]:scroll-mt-4 [&_a]:font-semibold [&_a]:underline [&_span]:block [&_span]:text-base [&_span]:text-muted';

/** The index of /sources: a heading per kind, and one line per source linking to its own page. */
export function SourceIndex({ groups }: { groups: readonly SourceIndexGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="mt-10">
          <h2 id={`kind-${group.kind}`} className="text-2xl font-bold">
            {group.heading}
          </h2>
          <ul className={LIST}>
            {group.sources.map((source) => (
              <li
                key={source.id}
                id={source.id}
                data-source-id={source.id}
                className="anchor-target"
              >
                <a href={source.href}>
                  <cite>{source.title}</cite>
                </a>
                <span>
                  <cite>{source.publisher}</cite>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
