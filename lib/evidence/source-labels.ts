import type { Source } from '../schemas/source';

/** Source id → "Title (publisher)", with the publisher's short name before any bracketed long form. */
export function sourceLabels(
  sources: readonly Pick<Source, 'id' | 'title' | 'publisher'>[],
): Record<string, string> {
  return Object.fromEntries(
    sources.map((source) => [source.id, `${source.title} (${source.publisher.split(' (')[0]})`]),
  );
}
