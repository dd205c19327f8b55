import Link from 'next/link';
import { getGuides, getTherapies, type Article } from '@/lib/content/store';
import { isGuide, relatedToGuide, relatedToTherapy } from '@/lib/content/related-links';

/** Where to read next, worked out from the therapies and topics pages share. */
export function RelatedReading({ article }: { article: Article }) {
  const links = isGuide(article)
    ? relatedToGuide(article, getGuides(), getTherapies())
    : relatedToTherapy(article, getGuides(), getTherapies());
  if (links.length === 0) return null;
  return (
    <section
      aria-labelledby="related-reading"
      className="related-reading no-print mt-12 border-t border-line pt-6"
    >
      <h2 id="related-reading" className="text-2xl font-bold">
        Related reading
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
