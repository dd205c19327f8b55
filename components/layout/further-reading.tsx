import { getSource } from '@/lib/content/store';
import { ExternalLink } from '../ui/external-link';

/**
 * Pages patients can read next, such as the therapy's NCCIH and Cleveland Clinic pages. These are
 * links, not citations: a claim on our page still cites the quote that backs it.
 */
export function FurtherReading({ ids }: { ids: readonly string[] }) {
  return (
    <section aria-labelledby="further-reading" className="mt-10 border-t border-line pt-6">
      <h2 id="further-reading" className="text-2xl font-bold">
        Further reading
      </h2>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        {ids.map((id) => {
          const source = getSource(id);
          if (!source) return null;
          return (
            <li key={id}>
              <ExternalLink href={source.url} className="underline">
                {source.title}
              </ExternalLink>
              <span className="text-muted"> — {source.publisher}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
