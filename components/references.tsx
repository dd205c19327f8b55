import { getSource } from '@/lib/content';
import { sourceAnchor } from '@/lib/routes';
import { formatDate } from '@/lib/site';
import { ExternalLink } from './external-link';

/** The article's numbered reference list, in the order of its in-text citations. */
export function References({ citations }: { citations: readonly string[] }) {
  if (citations.length === 0) return null;
  return (
    <section aria-labelledby="references" className="mt-12 border-t border-line pt-6">
      <h2 id="references" className="text-2xl font-bold">
        References
      </h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        {citations.map((id) => {
          const source = getSource(id);
          if (!source) return null;
          return (
            <li key={id} id={`ref-${id}`} className="scroll-mt-4">
              <ExternalLink href={source.url}>{source.title}</ExternalLink>
              <span className="text-muted">
                {' '}
                — {source.citation ?? source.publisher}. Accessed {formatDate(source.accessed)}.{' '}
                <a href={sourceAnchor(id)} className="whitespace-nowrap">
                  <span className="sr-only">{source.title}: </span>Where else we cite this
                </a>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
