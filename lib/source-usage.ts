import { ASPECT_KEYS, isAspectKey, type AspectKey } from './aspects';
import { citationOrder, embeddedTables } from './mdx-tags';
import { glossaryAnchor } from './routes';
import type { Source } from './schemas/source';
import type { Profile } from './schemas/therapy';

/** A page (or a place on a page) that cites a source. */
export interface CitingPage {
  label: string;
  href: string;
}

export interface UsageInput {
  therapies: readonly { slug: string; title: string; url: string; raw: string; profile: Profile }[];
  guides: readonly { title: string; url: string; raw: string }[];
  glossary: readonly { id: string; term: string; sources?: readonly string[] }[];
  /** The full comparison page, which shows every aspect of every profile. */
  comparePath: string;
}

/** Source ids behind the given aspects of one profile, conditions and cautions items included. */
export function profileSourceIds(
  profile: Profile,
  aspects: readonly AspectKey[] = ASPECT_KEYS,
): string[] {
  const ids = new Set<string>();
  for (const key of aspects) {
    const cell = profile[key];
    cell.sources.forEach((id) => ids.add(id));
    if ('items' in cell) {
      for (const item of cell.items)
        if ('sources' in item) item.sources.forEach((id) => ids.add(id));
    }
  }
  return [...ids];
}

/** Aspects named by the `<ComparisonTable aspects={[…]}>` elements in an MDX body. */
export function comparisonTableAspects(mdxSource: string): AspectKey[] {
  const keys = embeddedTables(mdxSource).flatMap((table) =>
    (table.aspects ?? []).filter(isAspectKey),
  );
  return [...new Set(keys)];
}

type ProfiledPage = { raw: string; profile?: Profile };

/**
 * An article's reference list, in order: its in-text citations, then the cells of any comparison
 * table it embeds (every therapy's, or those the table names). One numbering serves both.
 */
export function articleReferenceIds(
  raw: string,
  therapies: readonly { slug: string; profile: Profile }[],
): string[] {
  const fromTables = embeddedTables(raw).flatMap((table) => {
    const aspects = (table.aspects ?? []).filter(isAspectKey);
    const shown = table.therapies
      ? therapies.filter((therapy) => table.therapies?.includes(therapy.slug))
      : therapies;
    return shown.flatMap((therapy) => profileSourceIds(therapy.profile, aspects));
  });
  return [...new Set([...citationOrder(raw), ...fromTables])];
}

/** Every source a page shows: its reference list, then its own profile (a therapy's key facts). */
export function articleSourceIds(
  article: ProfiledPage,
  therapies: readonly { slug: string; profile: Profile }[],
): string[] {
  const ids = [
    ...articleReferenceIds(article.raw, therapies),
    ...(article.profile ? profileSourceIds(article.profile) : []),
  ];
  return [...new Set(ids)];
}

/**
 * Every page that cites each source, computed from the content: in-text citations, the therapy's
 * own profile, comparison tables embedded in articles, the full comparison and glossary
 * definitions. Keys are source ids; a source nobody cites maps to an empty list.
 */
export function sourceBacklinks(
  sourceIds: readonly string[],
  input: UsageInput,
): Map<string, CitingPage[]> {
  const backlinks = new Map<string, CitingPage[]>(sourceIds.map((id) => [id, []]));
  const add = (ids: Iterable<string>, page: CitingPage) => {
    for (const id of new Set(ids)) {
      const list = backlinks.get(id);
      if (list && !list.some((existing) => existing.href === page.href)) list.push(page);
    }
  };
  for (const article of [...input.therapies, ...input.guides]) {
    add(articleSourceIds(article, input.therapies), { label: article.title, href: article.url });
  }
  add(
    input.therapies.flatMap((therapy) => profileSourceIds(therapy.profile)),
    { label: 'Compare the therapies side by side', href: input.comparePath },
  );
  for (const term of input.glossary) {
    add(term.sources ?? [], { label: `Glossary: ${term.term}`, href: glossaryAnchor(term.id) });
  }
  return backlinks;
}

/** Publishers patients are pointed to first; everything else follows alphabetically. */
const FIRST_PUBLISHERS = [/^NCCIH\b/, /^Cleveland Clinic\b/];

function publisherRank(publisher: string): number {
  const index = FIRST_PUBLISHERS.findIndex((pattern) => pattern.test(publisher));
  return index === -1 ? FIRST_PUBLISHERS.length : index;
}

export interface PublisherGroup {
  publisher: string;
  sources: Source[];
}

/** Sources grouped by publisher: NCCIH, then Cleveland Clinic, then the rest by name; titles sorted. */
export function groupByPublisher(sources: readonly Source[]): PublisherGroup[] {
  const groups = new Map<string, Source[]>();
  for (const source of sources)
    groups.set(source.publisher, [...(groups.get(source.publisher) ?? []), source]);
  return [...groups.entries()]
    .map(([publisher, list]) => ({
      publisher,
      sources: [...list].sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .sort(
      (a, b) =>
        publisherRank(a.publisher) - publisherRank(b.publisher) ||
        a.publisher.localeCompare(b.publisher),
    );
}
