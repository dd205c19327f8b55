import Link from 'next/link';
import type { RelatedLink } from '@/lib/content/related-links';

/** Where to read next, worked out by the page's loader from the therapies and topics pages share. */
export function RelatedReading({
  links,
  heading,
}: {
  links: readonly RelatedLink[];
  heading: string;
}) {
  if (links.length === 0) return null;
  return (
    <section
      aria-labelledby="related-reading"
      className="related-reading no-print mt-12 border-t border-line pt-6"
    >
      <h2 id="related-reading" className="text-2xl font-bold">
        {heading}
      </h2>
      <ul className="mt-4 space-y-3">
        {links.map((link) => (
          <li key={link.url}>
            <Link href={link.url} className="font-semibold">
              {link.title}
            </Link>
            <span className="block text-base text-muted">{link.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
