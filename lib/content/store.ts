// The content store. Importing it checks nothing: `loadContent()` is the one explicit step that
// validates everything Contentlayer compiled, once per process, and every getter goes through it.
// The build calls it first (scripts/check-content.ts), and the server once at start-up
// (instrumentation.ts), so a broken store stops either with every problem listed.
import {
  allConditions,
  allPages,
  allGuides,
  allTherapies,
  glossary,
  siteText,
  sourceRegistry,
  warningSignLibrary,
} from '#content/generated';
import {
  ContentError,
  validateContent,
  type ContentProblem,
  type RawArticle,
  type RawCondition,
  type RawContent,
  type ValidContent,
  type ValidationOptions,
} from './validate-content';
import { siteTextClaims } from '../evidence/claims';
import { loadEvidenceRule } from './evidence-rule-text';
import { validateSiteText } from './validate-site-text';
import { validatePages, type SitePage } from './validate-pages';
import type { SiteText } from '../schemas/site-text';
import { setsById, type WarningLibrary, type WarningSet } from '../schemas/warning-signs';

export type Therapy = ValidContent['therapies'][number];
export type Guide = ValidContent['guides'][number];
export type Article = Therapy | Guide;
export type Condition = ValidContent['conditions'][number];

/** Everything the site serves, checked: the content, sorted as pages list it, and the site text. */
export interface Store extends Omit<ValidContent, 'warningSigns'> {
  warningSigns: WarningLibrary;
  siteText: SiteText;
  /** The site's own pages (content/pages/*.mdx), such as /about. */
  pages: SitePage[];
}

/** Everything Contentlayer compiled from content/, before our checks. */
export function rawContent(): RawContent {
  return {
    therapies: allTherapies as unknown as RawArticle[],
    guides: allGuides as unknown as RawArticle[],
    conditions: allConditions as unknown as RawCondition[],
    sources: { file: 'content/sources.json', data: sourceRegistry.sources },
    glossary: { file: 'content/glossary.json', data: glossary.terms },
    warningSigns: {
      file: 'content/warning-signs.yaml',
      data: withoutBookkeeping(warningSignLibrary),
    },
  };
}

/** A singleton data document as written, without Contentlayer's own bookkeeping fields. */
function withoutBookkeeping(doc: { _id: string; _raw: unknown; type: string }): unknown {
  const { _id, _raw, type, ...data } = doc;
  void [_id, _raw, type];
  return data;
}

/** The site's own pages (content/pages/*.mdx), before our checks. */
export const rawPages = (): RawArticle[] => allPages as unknown as RawArticle[];

/** content/site-text.yaml as written, without Contentlayer's own bookkeeping fields. */
export function rawSiteText(): { file: string; data: unknown } {
  return { file: 'content/site-text.yaml', data: withoutBookkeeping(siteText) };
}

const MISSING_LIBRARY: ContentProblem = {
  file: 'content/warning-signs.yaml',
  field: '(document)',
  message: 'is missing',
};

/**
 * Every rule over the content and the site text, with every problem of both at once. The site
 * text's citations count as uses of their sources and are held to the same rules. Pure: the build
 * passes `today` to apply the calendar rules; the server does not, so a running server only marks
 * an overdue page, and never fails on a date.
 */
export function checkStore(
  raw: RawContent,
  text: { file: string; data: unknown },
  options: Pick<ValidationOptions, 'today'> = {},
  pageDocs: readonly RawArticle[] = [],
): { ok: true; store: Store } | { ok: false; problems: ContentProblem[] } {
  const site = validateSiteText(text, raw.sources.data, options);
  const extraClaims = site.ok ? siteTextClaims(site.text) : [];
  const result = validateContent(raw, { ...options, extraClaims });
  if (!result.ok || !site.ok) {
    const problems = [...(result.ok ? [] : result.problems), ...(site.ok ? [] : site.problems)];
    return { ok: false, problems };
  }
  const { content } = result;
  const library = content.warningSigns;
  if (!library) return { ok: false, problems: [MISSING_LIBRARY] };
  // The site's own pages may link to and cite the rest of the content, so they are checked last.
  const warningSetIds = new Set(library.sets.map((set) => set.id));
  const pages = validatePages(pageDocs, { ...content, warningSetIds }, options);
  if (!pages.ok) return { ok: false, problems: pages.problems };
  return {
    ok: true,
    store: {
      ...content,
      therapies: [...content.therapies].sort((a, b) => a.title.localeCompare(b.title)),
      guides: [...content.guides].sort((a, b) => a.order - b.order),
      conditions: [...content.conditions].sort((a, b) => a.name.localeCompare(b.name)),
      warningSigns: library,
      siteText: site.text,
      pages: pages.pages,
    },
  };
}

let loaded: Store | undefined;

/**
 * The checked store, validated on the first call and kept for the life of the process. Throws a
 * ContentError naming every file and field at fault; a later call checks again rather than
 * serving half a store.
 */
export function loadContent(): Store {
  if (loaded) return loaded;
  const result = checkStore(rawContent(), rawSiteText(), {}, rawPages());
  if (!result.ok) throw new ContentError(result.problems);
  // The rating words are content too: a broken content/evidence-rule.yaml fails here as well.
  loadEvidenceRule();
  loaded = result.store;
  return loaded;
}

export const getPage = (slug: string): SitePage | undefined =>
  loadContent().pages.find((page) => page.slug === slug);
export const getTherapies = (): Therapy[] => loadContent().therapies;
export const getTherapy = (slug: string): Therapy | undefined =>
  getTherapies().find((therapy) => therapy.slug === slug);
export const getGuides = (): Guide[] => loadContent().guides;
export const getGuide = (slug: string): Guide | undefined =>
  getGuides().find((guide) => guide.slug === slug);
export const getConditions = (): Condition[] => loadContent().conditions;
export const getCondition = (slug: string): Condition | undefined =>
  getConditions().find((condition) => condition.slug === slug);
export const getSources = () => loadContent().sources;
export const getSource = (id: string) => getSources().find((source) => source.id === id);
export const getGlossary = () => loadContent().glossary;
/** The health words shown outside articles: warning signs, care cards, reminders, notices. */
export const getSiteText = (): SiteText => loadContent().siteText;
/** The one library of warning signs: urgencies, their actions, and every set. */
export const getWarningSigns = (): WarningLibrary => loadContent().warningSigns;
/** The sets named by `ids` (a condition's list, or one article tag), in that order. */
export const getWarningSets = (ids: readonly string[]): WarningSet[] =>
  setsById(getWarningSigns(), ids);
