import Link from 'next/link';

/** One kind of source, with one line per source: no quote text, only its name and its page. */
export interface SourceIndexGroup {
  kind: string;
  heading: string;
  sources: readonly { id: string; title: string; publisher: string; href: string }[];
}

/** The index of /sources: a heading per kind, and one line per source linking to its own page. */
export function SourceIndex({ groups }: { groups: readonly SourceIndexGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="mt-10">
          <h2 id={`kind-${group.kind}`} className="text-2xl font-bold">
            {group.heading}
          </h2>
          <ul className="mt-4 space-y-3">
            {group.sources.map((source) => (
              <li
                key={source.id}
                id={source.id}
                data-source-id={source.id}
                className="anchor-target scroll-mt-4"
              >
                <Link href={source.href} className="font-semibold underline">
                  {source.title}
                </Link>
                <span className="block text-base text-muted">{source.publisher}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
