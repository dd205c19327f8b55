import { ExternalLink } from '../ui/external-link';

/**
 * Pages patients can read next, such as the therapy's NCCIH and Cleveland Clinic pages. These are
 * links, not citations: a claim on our page still cites the quote that backs it.
 */
export function FurtherReading({
  links,
  heading,
  externalNote,
}: {
  links: readonly { id: string; title: string; publisher: string; url: string }[];
  heading: string;
  externalNote: string;
}) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="further-reading" className="mt-10 border-t border-line pt-6">
      <h2 id="further-reading" className="text-2xl font-bold">
        {heading}
      </h2>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        {links.map((link) => (
          <li key={link.id}>
            <ExternalLink href={link.url} className="underline" note={externalNote}>
              <cite>{link.title}</cite>
            </ExternalLink>
            <span className="text-muted">
              {' '}
              — <cite>{link.publisher}</cite>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
