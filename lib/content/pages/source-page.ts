import {
  claimsByQuote,
  claimsOf,
  placeLabel,
  siteTextClaims,
  type ClaimSources,
} from '../../evidence/claims';
import { sourceBacklinks, type CitingPage, type UsageInput } from '../../evidence/page-citations';
import { seenInCopyText, sourceYearText } from '../../evidence/source-labels';
import { conditionCitations, sourceIdsOf } from '../../conditions/condition-uses';
import { quoteAnchorId } from '../../schemas/citation';
import type { SiteText } from '../../schemas/site-text';
import type { Source } from '../../schemas/source';
import type { SourceQuotes } from '../../schemas/source-quotes';
import type { SourcesText } from '../../schemas/text/sources-text';
import type { AspectWords } from '../../schemas/text/labels-text';
import type { Graph } from 'schema-dts';
import { citationLd, graphOf, webPageLd } from '../../seo/structured-data';
import type { Crumb } from '../../site/breadcrumb-trails';
import { fillText } from '../../site/fill-template';
import { sourcePath } from '../../site/paths';
import { formatDate } from '../../site/site-config';
import { comparisonColumns } from '../comparison-columns';
import {
  getConditions,
  getGlossary,
  getGuides,
  getSiteText,
  getSources,
  getTherapies,
  getWarningSets,
  getWarningSigns,
} from '../store';
import { breadcrumbWords } from './chrome';
import { sourcesTrail } from './sources-page';

/** A statement on the site that rests on one quote, and the page that shows it. */
interface QuoteStatement {
  href: string;
  label: string;
  statement: string;
}

/** Who uses which source and quote, computed once from the whole site's content. */
export interface SourceUsage {
  sources: readonly Source[];
  /** Source id → the pages that cite it. */
  citedOn: ReadonlyMap<string, readonly CitingPage[]>;
  /** Quote anchor (`source--quote`) → the statements resting on it. */
  statements: ReadonlyMap<string, readonly QuoteStatement[]>;
  /** Articles, each with the source ids it lists for further reading. */
  articles: readonly { title: string; url: string; furtherReading?: readonly string[] }[];
}

/** The content a source page's back-links are computed from (a fixture in tests). */
export interface SourceUsageInput {
  sources: readonly Source[];
  pages: UsageInput;
  claims: ClaimSources;
  /** Each comparison row's words (content/site-text.yaml `labels.aspects`), naming a profile claim's place. */
  aspects: AspectWords;
  articles: SourceUsage['articles'];
}

export function sourceUsageOf(input: SourceUsageInput): SourceUsage {
  const citedOn = sourceBacklinks(
    input.sources.map((source) => source.id),
    input.pages,
  );
  const statements = new Map<string, QuoteStatement[]>();
  for (const [anchor, claims] of claimsByQuote(claimsOf(input.claims))) {
    statements.set(
      anchor,
      claims.map(({ href, place, statement }) => ({
        href,
        label: placeLabel(place, input.pages.places, input.aspects),
        statement,
      })),
    );
  }
  return { sources: input.sources, citedOn, statements, articles: input.articles };
}

/** One quote as its source's page shows it: the words, where and when they were read, and their uses. */
export interface SourcePageQuote {
  id: string;
  /** Its anchor on the page: the quote's id. */
  anchor: string;
  /** Its anchor as links made before named it: `source--quote`. */
  legacyAnchor: string;
  text: string;
  /** The day the words were checked, as YYYY-MM-DD, and as the reader sees it. */
  checked: string;
  checkedText: string;
  howSure: string;
  /** Said when the words were read in a copy, naming the copy's host. */
  seenInCopy?: string;
  statements: readonly QuoteStatement[];
}

/** Everything /sources/<id> shows, words included. */
export interface SourcePage {
  id: string;
  title: string;
  /** The publisher, with the authors and journal for a paper. */
  publisher: string;
  /** The publisher's own page. */
  url: string;
  /** This page. */
  href: string;
  yearText?: string;
  note?: string;
  meta: { title: string; description: string; path: string };
  trail: Crumb[];
  quotes: SourcePageQuote[];
  citedOn: readonly CitingPage[];
  furtherReadingOn: readonly CitingPage[];
  words: SourcesText['page'];
  jsonLd: Graph;
}

type SourceWords = Pick<SiteText, 'sources' | 'sourceDetails'>;

function quoteEntry(source: Source, usage: SourceUsage, text: SourceWords) {
  const words = text.sources.page;
  return (quote: NonNullable<Source['quotes']>[number]): SourcePageQuote => {
    const key = quoteAnchorId({ source: source.id, quote: quote.id });
    return {
      id: quote.id,
      anchor: quote.id,
      legacyAnchor: key,
      text: quote.text,
      checked: quote.checked,
      checkedText: formatDate(quote.checked),
      howSure: fillText(words.howSure, { meaning: words.confidence[quote.confidence] }),
      ...(quote.seenAt ? { seenInCopy: seenInCopyText(quote.seenAt, text.sourceDetails) } : {}),
      statements: usage.statements.get(key) ?? [],
    };
  };
}

/** The page of one source, or undefined when no source has that id. */
export function sourcePageOf(
  id: string,
  usage: SourceUsage,
  text: SourceWords,
): SourcePage | undefined {
  const source = usage.sources.find((candidate) => candidate.id === id);
  if (!source) return undefined;
  const words = text.sources.page;
  const href = sourcePath(source.id);
  const meta = {
    title: source.title,
    description: fillText(words.description, {
      title: source.title,
      publisher: source.publisher,
    }),
    path: href,
  };
  const trail = [...sourcesTrail(text.sources.index.title), { name: source.title, path: href }];
  const yearText = sourceYearText(source, text.sourceDetails);
  return {
    id: source.id,
    title: source.title,
    publisher: source.citation ? `${source.publisher} (${source.citation})` : source.publisher,
    url: source.url,
    href,
    ...(yearText ? { yearText } : {}),
    ...(source.note ? { note: source.note } : {}),
    meta,
    trail,
    quotes: (source.quotes ?? []).map(quoteEntry(source, usage, text)),
    citedOn: usage.citedOn.get(source.id) ?? [],
    furtherReadingOn: usage.articles
      .filter((article) => article.furtherReading?.includes(source.id))
      .map((article) => ({ label: article.title, href: article.url })),
    words,
    jsonLd: graphOf(webPageLd({ ...meta, trail }, { citation: [citationLd(source)] })),
  };
}

/** The quote data a citation opens (lib/schemas/source-quotes.ts), or undefined for an unknown id. */
export function sourceQuotesOf(id: string, sources: readonly Source[]): SourceQuotes | undefined {
  const source = sources.find((candidate) => candidate.id === id);
  if (!source) return undefined;
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    href: sourcePath(source.id),
    quotes: (source.quotes ?? []).map((quote) => ({
      id: quote.id,
      anchor: quote.id,
      text: quote.text,
      confidence: quote.confidence,
      checked: quote.checked,
      ...(quote.seenAt ? { seenAt: quote.seenAt } : {}),
    })),
  };
}

/** The whole site's uses of its sources, read from the store. */
function storeUsageInput(text: SiteText): SourceUsageInput {
  const columns = comparisonColumns();
  const slugs = columns.map((column) => column.slug);
  const therapies = getTherapies();
  const conditions = getConditions();
  return {
    sources: getSources(),
    pages: {
      therapies: therapies.map((therapy) => ({
        ...therapy,
        uses: columns.find((column) => column.slug === therapy.slug)?.uses ?? [],
      })),
      guides: getGuides(),
      glossary: getGlossary(),
      comparePath: '/compare',
      conditions: conditions.map((condition) => ({
        name: fillText(text.sources.page.conditionPage, { name: condition.name }),
        url: condition.url,
        sources: sourceIdsOf(
          conditionCitations(condition, slugs, getWarningSets(condition.warningSigns)),
        ),
      })),
      siteText: text,
      warningSigns: getWarningSigns(),
      places: text.interface.citingPlaces,
    },
    claims: {
      therapies,
      guides: getGuides(),
      glossary: getGlossary(),
      glossaryFile: 'content/glossary.json',
      conditions,
      warningSigns: { file: 'content/warning-signs.yaml', library: getWarningSigns() },
      extra: siteTextClaims(text),
    },
    aspects: text.labels.aspects,
    articles: [...therapies, ...getGuides()],
  };
}

// Every source page is built from the same uses: computed once per process, not once per page.
let usage: SourceUsage | undefined;
const storeUsage = () => (usage ??= sourceUsageOf(storeUsageInput(getSiteText())));

/** The ids /sources/<id> is prerendered for. */
export const sourceIds = (): string[] => getSources().map((source) => source.id);

/** /sources/<id>: the route's one data load. Undefined for an unknown id (the route's 404). */
export function loadSourcePage(id: string) {
  const page = sourcePageOf(id, storeUsage(), getSiteText());
  return (
    page && {
      ...page,
      breadcrumbLabel: breadcrumbWords().label,
      externalLink: getSiteText().evidence.externalLink,
    }
  );
}

/** /sources/<id>/quotes.json: the route's one data load. */
export const loadSourceQuotes = (id: string): SourceQuotes | undefined =>
  sourceQuotesOf(id, getSources());
