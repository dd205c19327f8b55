import { PrintedSourcesHeading } from './evidence-words';

/**
 * On paper a link cannot be followed, so a printed table or box lists its numbered sources with
 * their full addresses. Hidden on screen, where the numbered links already lead to them; the
 * citation controller still points each number at its line here (by its place), which names
 * the source.
 */
export function PrintedSources({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: Readonly<Record<string, { title: string; publisher: string; url: string }>>;
}) {
  if (ids.length === 0) return null;
  return (
    <div className="printed-sources mt-3 hidden text-sm print:block">
      <p className="font-semibold">
        <PrintedSourcesHeading />
      </p>
      <ol className="list-decimal pl-6">
        {ids.map((id) => {
          const source = sources[id];
          return (
            <li key={id}>
              {source ? (
                <>
                  <cite>{source.title}</cite>, <cite>{source.publisher}</cite>.{' '}
                </>
              ) : (
                `${id}. `
              )}
              {source && <span className="break-all">{source.url}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
