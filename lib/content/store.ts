import {
  allConditions,
  allGuides,
  allPages,
  allTherapies,
  glossary,
  siteText,
  sourceRegistry,
  warningSignLibrary,
} from '#content/generated';
import {
  ContentError,
  validateContent,
  type RawArticle,
  type RawCondition,
  type RawContent,
  type ValidContent,
} from './validate-content';
import { siteTextClaims } from '../evidence/claims';
import { validateSiteText } from './validate-site-text';
import { validatePages, type SitePage } from './validate-pages';
import type { SiteText } from '../schemas/site-text';
import { setsById, type WarningLibrary, type WarningSet } from '../schemas/warning-signs';

export type Therapy = ValidContent['therapies'][number];
export type Guide = ValidContent['guides'][number];
export type Article = Therapy | Guide;
export type Condition = ValidContent['conditions'][number];

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

/** content/site-text.yaml as written, without Contentlayer's own bookkeeping fields. */
export function rawSiteText(): { file: string; data: unknown } {
  return { file: 'content/site-text.yaml', data: withoutBookkeeping(siteText) };
}

// The server validates without a clock: an overdue review fails `npm run content` and the build
// (scripts/check-content.ts), but a running server only marks the page as overdue.
function load(text: SiteText): ValidContent {
  // The site text's citations count as uses of their sources, and are held to the same rules.
  const result = validateContent(rawContent(), { extraClaims: siteTextClaims(text) });
  if (!result.ok) throw new ContentError(result.problems);
  return {
    ...result.content,
    therapies: [...result.content.therapies].sort((a, b) => a.title.localeCompare(b.title)),
    guides: [...result.content.guides].sort((a, b) => a.order - b.order),
    conditions: [...result.content.conditions].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function loadSiteText(sources: unknown): SiteText {
  const result = validateSiteText(rawSiteText(), sources);
  if (!result.ok) throw new ContentError(result.problems);
  return result.text;
}

// Validated once per process: at build time for static pages, at start-up for the server.
const text = loadSiteText(rawContent().sources.data);
const content = load(text);
const library: WarningLibrary = requireLibrary(content.warningSigns);

function requireLibrary(found: WarningLibrary | null): WarningLibrary {
  if (found) return found;
  throw new ContentError([
    { file: 'content/warning-signs.yaml', field: '(document)', message: 'is missing' },
  ]);
}

/** The site's own pages (content/pages/*.mdx), checked against the rest of the content. */
export const rawPages = (): RawArticle[] => allPages as unknown as RawArticle[];

function loadPages(): SitePage[] {
  const result = validatePages(rawPages(), {
    ...content,
    warningSetIds: new Set(library.sets.map((set) => set.id)),
  });
  if (!result.ok) throw new ContentError(result.problems);
  return result.pages;
}
const pages = loadPages();

export const getPage = (slug: string): SitePage | undefined =>
  pages.find((page) => page.slug === slug);
export const getTherapies = (): Therapy[] => content.therapies;
export const getTherapy = (slug: string): Therapy | undefined =>
  content.therapies.find((therapy) => therapy.slug === slug);
export const getGuides = (): Guide[] => content.guides;
export const getGuide = (slug: string): Guide | undefined =>
  content.guides.find((guide) => guide.slug === slug);
export const getConditions = (): Condition[] => content.conditions;
export const getCondition = (slug: string): Condition | undefined =>
  content.conditions.find((condition) => condition.slug === slug);
export const getSources = () => content.sources;
export const getSource = (id: string) => content.sources.find((source) => source.id === id);
export const getGlossary = () => content.glossary;
export const getTerm = (id: string) => content.glossary.find((term) => term.id === id);
/** The health words shown outside articles: warning signs, care cards, reminders, notices. */
export const getSiteText = (): SiteText => text;
/** The one library of warning signs: urgencies, their actions, and every set. */
export const getWarningSigns = (): WarningLibrary => library;
/** The sets named by `ids` (a condition's list, or one article tag), in that order. */
export const getWarningSets = (ids: readonly string[]): WarningSet[] => setsById(library, ids);
