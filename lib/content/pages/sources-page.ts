import type { Graph } from 'schema-dts';
import { groupByPublisher } from '../../evidence/page-citations';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../schemas/source';
import type { SourcesText } from '../../schemas/text/sources-text';
import { graphOf, webPageLd } from '../../seo/structured-data';
import { trailOf, type Crumb } from '../../site/breadcrumb-trails';
import { sourcePath } from '../../site/paths';
import { getSiteText, getSources } from '../store';
import { breadcrumbWords } from './chrome';

const SOURCES_INDEX_PATH = '/sources';
/** The about page's section on how sources are chosen. */
const HOW_WE_CHOOSE = '/about#how-we-source';

/** Home, then /sources: the start of every source page's trail too. */
export const sourcesTrail = (title: string): Crumb[] =>
  trailOf(breadcrumbWords().home, { name: title, path: SOURCES_INDEX_PATH });

/** One line of the index: no quote text, only what names the source and where its page is. */
interface SourceLine {
  /** The line's anchor, so an old `/sources#<id>` link lands on it. */
  id: string;
  title: string;
  publisher: string;
  /** The source's own page on this site. */
  href: string;
}

interface SourceGroup {
  kind: SourceKind;
  heading: string;
  sources: SourceLine[];
}

/** Everything /sources shows, words included. */
export interface SourcesIndex {
  meta: { title: string; description: string; path: string };
  trail: Crumb[];
  intro: string;
  howWeChoose: { text: string; href: string };
  groups: SourceGroup[];
  jsonLd: Graph;
  /** The sharing card's eyebrow and its image description. */
  card: { eyebrow: string; alt: string };
}

/**
 * The index: one group per kind, in the order of SOURCE_KINDS, leaving out kinds no source has.
 * Inside a group, sources stand by publisher (NCCIH and Cleveland Clinic first) and then by title.
 */
export function sourcesIndexOf(sources: readonly Source[], text: SourcesText): SourcesIndex {
  const words = text.index;
  const meta = { title: words.title, description: words.description, path: SOURCES_INDEX_PATH };
  const trail = sourcesTrail(words.title);
  const groups = SOURCE_KINDS.flatMap((kind) => {
    const ofKind = sources.filter((source) => source.kind === kind);
    if (ofKind.length === 0) return [];
    const lines = groupByPublisher(ofKind).flatMap((group) =>
      group.sources.map(({ id, title, publisher }) => ({
        id,
        title,
        publisher,
        href: sourcePath(id),
      })),
    );
    return [{ kind, heading: words.kinds[kind], sources: lines }];
  });
  return {
    meta,
    trail,
    intro: words.intro,
    howWeChoose: { text: words.howWeChoose, href: HOW_WE_CHOOSE },
    groups,
    // Each source's own page cites it; the index names none, to stay light.
    jsonLd: graphOf(webPageLd({ ...meta, trail })),
    card: { eyebrow: words.cardEyebrow, alt: words.cardAlt },
  };
}

/** /sources: the route's one data load. */
export const loadSourcesPage = () => ({
  ...sourcesIndexOf(getSources(), getSiteText().sources),
  breadcrumbLabel: breadcrumbWords().label,
});
