import {
  ASPECT_KEYS,
  KEY_FACT_ASPECT_KEYS,
  isAspectKey,
  type AspectKey,
} from '../schemas/profile-aspects';
import { citationOrder, citeTags, embeddedTables, tagUses } from '../mdx/mdx-tags';
import { uniqueRefs } from '../compare/comparison-rows';
import { glossaryAnchor } from '../site/paths';
import { fillText } from '../site/fill-template';
import type { CitationRef } from '../schemas/citation';
import type { SiteText } from '../schemas/site-text';
import type { CitingPlacesText } from '../schemas/text/interface-text';
import type { Source } from '../schemas/source';
import type { Profile } from '../schemas/therapy';
import { setsById, warningSetRefs, type WarningLibrary } from '../schemas/warning-signs';

/** A page (or a place on a page) that cites a source. */
export interface CitingPage {
  label: string;
  href: string;
}

/** A therapy's uses (from the condition files) as far as citations go. */
type Uses = readonly { sources: readonly CitationRef[] }[];

type ProfiledTherapy = { slug: string; profile: Profile; uses?: Uses };

export interface UsageInput {
  therapies: readonly (ProfiledTherapy & { title: string; url: string; raw: string })[];
  guides: readonly { title: string; url: string; raw: string }[];
  glossary: readonly { id: string; term: string; sources?: readonly CitationRef[] }[];
  /** The full comparison page, which shows every aspect of every profile. */
  comparePath: string;
  /** Condition pages, each with the source ids it cites. */
  conditions?: readonly { name: string; url: string; sources: readonly string[] }[];
  /** content/site-text.yaml: its citations show on the decision helper and the home page. */
  siteText?: SiteText;
  /** content/warning-signs.yaml: sets show on articles that name them and on the helper. */
  warningSigns?: Pick<WarningLibrary, 'sets' | 'helper'>;
  /** What to call the places that are not an article (content/site-text.yaml `interface`). */
  places: CitingPlacesText;
}

const HELPER_PATH = '/which-is-right-for-me';
const sourcesOf = (cite: readonly { source: string }[] = []) => [
  ...new Set(cite.map((ref) => ref.source)),
];

/**
 * Where each citation of content/site-text.yaml shows: a helper answer that displays it (an
 * answer for the reminders) and the home page for the short answer.
 */
export function siteTextCitations(text: SiteText): { ids: string[]; page: CitingPage }[] {
  const places = text.interface.citingPlaces;
  const helperAnswer = (query: string, about: string) => ({
    label: fillText(places.helperAnswer, { about }),
    href: `${HELPER_PATH}?show=answer&${query}`,
  });
  const uses: { ids: string[]; page: CitingPage }[] = [];
  uses.push({
    ids: sourcesOf(text.reminders['not-sure'].cite),
    page: helperAnswer('bother=other', places.helperAbout.notSure),
  });
  uses.push({
    ids: sourcesOf(text.reminders['see-doctor'].cite),
    page: helperAnswer('want=not-sure', places.helperAbout.seeDoctor),
  });
  uses.push({
    ids: sourcesOf(text.homeShortAnswer.flatMap((passage) => passage.cite)),
    page: { label: places.home, href: '/' },
  });
  return uses.filter((use) => use.ids.length > 0);
}

/** Source ids behind the given aspects of one profile, conditions and cautions items included. */
export function profileSourceIds(
  profile: Profile,
  aspects: readonly AspectKey[] = ASPECT_KEYS,
  uses: Uses = [],
): string[] {
  const ids = new Set<string>();
  for (const key of aspects) {
    if (key === 'conditions') {
      for (const use of uses) use.sources.forEach((ref) => ids.add(ref.source));
      continue;
    }
    const cell = profile[key];
    cell.sources.forEach((ref) => ids.add(ref.source));
    if ('items' in cell) {
      for (const item of cell.items) item.sources.forEach((ref) => ids.add(ref.source));
    }
  }
  return [...ids];
}

/** Every quote behind the given aspects of one profile, items included, without repeats. */
export function profileCitations(
  profile: Profile,
  aspects: readonly AspectKey[] = ASPECT_KEYS,
  uses: Uses = [],
): CitationRef[] {
  return uniqueRefs(
    aspects.flatMap((key) => {
      if (key === 'conditions') return uses.flatMap((use) => use.sources);
      const cell = profile[key];
      return [
        ...cell.sources,
        ...('items' in cell ? cell.items.flatMap((item) => item.sources) : []),
      ];
    }),
  );
}

/**
 * The quotes an article shows, in order: its in-text citations, then those of the comparison
 * tables it embeds. Its reference list prints these words under each numbered source.
 */
export function articleQuoteRefs(
  raw: string,
  therapies: readonly ProfiledTherapy[],
): CitationRef[] {
  const inText = citeTags(raw).flatMap((tag) =>
    tag.quote === undefined ? [] : [{ source: tag.source, quote: tag.quote }],
  );
  const fromTables = embeddedTables(raw).flatMap((table) => {
    const aspects = (table.aspects ?? []).filter(isAspectKey);
    const shown = table.therapies
      ? therapies.filter((therapy) => table.therapies?.includes(therapy.slug))
      : therapies;
    return shown.flatMap((therapy) => profileCitations(therapy.profile, aspects, therapy.uses));
  });
  return uniqueRefs([...inText, ...fromTables]);
}

/** Aspects named by the `<ComparisonTable aspects={[…]}>` elements in an MDX body. */
export function comparisonTableAspects(mdxSource: string): AspectKey[] {
  const keys = embeddedTables(mdxSource).flatMap((table) =>
    (table.aspects ?? []).filter(isAspectKey),
  );
  return [...new Set(keys)];
}

type ProfiledPage = { raw: string; profile?: Profile; slug?: string };

/**
 * An article's reference list, in the order a reader meets its sources: the cells of its own
 * profile that its key-facts box shows (a therapy page opens with the box), then its in-text
 * citations, then the cells of any comparison table it embeds (every therapy's, or those the table
 * names). One numbering serves the box, the text and the tables, so [3] is the same source
 * wherever it appears. The rest of the profile shows on /compare, which has its own back-link.
 */
export function articleReferenceIds(
  article: ProfiledPage,
  therapies: readonly ProfiledTherapy[],
): string[] {
  const own = therapies.find((therapy) => therapy.slug === article.slug);
  const keyFacts = article.profile
    ? profileSourceIds(article.profile, KEY_FACT_ASPECT_KEYS, own?.uses)
    : [];
  const fromTables = embeddedTables(article.raw).flatMap((table) => {
    const aspects = (table.aspects ?? []).filter(isAspectKey);
    const shown = table.therapies
      ? therapies.filter((therapy) => table.therapies?.includes(therapy.slug))
      : therapies;
    return shown.flatMap((therapy) => profileSourceIds(therapy.profile, aspects, therapy.uses));
  });
  return [...new Set([...keyFacts, ...citationOrder(article.raw), ...fromTables])];
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
    add(articleReferenceIds(article, input.therapies), { label: article.title, href: article.url });
  }
  add(
    input.therapies.flatMap((therapy) =>
      profileSourceIds(therapy.profile, ASPECT_KEYS, therapy.uses),
    ),
    { label: input.places.compare, href: input.comparePath },
  );
  for (const condition of input.conditions ?? []) {
    add(condition.sources, { label: condition.name, href: condition.url });
  }
  for (const term of input.glossary) {
    add(
      (term.sources ?? []).map((ref) => ref.source),
      {
        label: fillText(input.places.glossaryTerm, { term: term.term }),
        href: glossaryAnchor(term.id),
      },
    );
  }
  for (const use of input.siteText ? siteTextCitations(input.siteText) : []) {
    add(use.ids, use.page);
  }
  const articles = [...input.therapies, ...input.guides];
  const signs = input.warningSigns;
  for (const use of signs ? warningSignCitations(signs, articles, input.places) : []) {
    add(use.ids, use.page);
  }
  return backlinks;
}

/**
 * Where each warning-sign set's sources show: every article with a <WarningSigns set> tag for it,
 * and, for the helper's sets, the helper's answer to the set's first sign.
 */
export function warningSignCitations(
  library: Pick<WarningLibrary, 'sets' | 'helper'>,
  articles: readonly { title: string; url: string; raw: string }[],
  places: CitingPlacesText,
): { ids: string[]; page: CitingPage }[] {
  const idsOf = (setIds: readonly string[]) =>
    sourcesOf(setsById(library, setIds).flatMap(warningSetRefs));
  const uses = articles.map((article) => ({
    ids: idsOf(
      tagUses(article.raw).flatMap((use) =>
        use.name === 'WarningSigns' && typeof use.props.set === 'string' ? [use.props.set] : [],
      ),
    ),
    page: { label: article.title, href: article.url },
  }));
  for (const set of setsById(library, library.helper)) {
    const first = set.signs[0];
    if (!first) continue;
    uses.push({
      ids: idsOf([set.id]),
      page: {
        label: fillText(places.helperAnswer, {
          about: fillText(places.helperAbout.warningSign, { sign: first.text.toLowerCase() }),
        }),
        href: `${HELPER_PATH}?show=answer&warning=${first.id}`,
      },
    });
  }
  return uses.filter((use) => use.ids.length > 0);
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
