import type { TocEntry } from '@/lib/mdx/prose';

/** "On this page": the article's main sections, linking to the ids rehype-slug gives its headings. */
export function TableOfContents({
  headings,
  references,
  heading,
}: {
  headings: readonly TocEntry[];
  /** The reference list's heading, when the page has one: the last entry links to it. */
  references: string | undefined;
  heading: string;
}) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < 2) return null;
  return (
    <nav
      aria-labelledby="toc-title"
      className="toc no-print mt-6 rounded border border-line bg-surface p-4"
    >
      <h2 id="toc-title" className="text-lg font-bold">
        {heading}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
        {references ? (
          <li>
            <a href="#references">{references}</a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
