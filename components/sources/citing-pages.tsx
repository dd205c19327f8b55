import Link from 'next/link';

/**
 * A titled list of pages on this site (those citing a source, or listing it for further reading),
 * or, when there are none and `none` is given, that sentence instead. Each page's name is the
 * title of a work, marked <cite>, so the reading grade leaves it out as it does sources' titles.
 */
export function CitingPages({
  id,
  heading,
  pages,
  none,
}: {
  id: string;
  heading: string;
  pages: readonly { href: string; label: string }[];
  none?: string;
}) {
  if (pages.length === 0 && !none) return null;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {pages.length > 0 ? (
        <ul className="mt-3 list-disc space-y-1 pl-6 text-base">
          {pages.map((page) => (
            <li key={page.href}>
              <Link href={page.href} className="underline">
                <cite>{page.label}</cite>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-base">{none}</p>
      )}
    </section>
  );
}
