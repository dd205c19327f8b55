import { ASPECT_KEYS, type AspectKey } from '../schemas/profile-aspects';
import { citeTags, tagUses } from '../mdx/mdx-tags';
import { glossaryAnchor } from '../site/paths';
import {
  CONFIDENCE_ORDER,
  claimConfidence,
  quoteAnchorId,
  type CitationRef,
  type Confidence,
  type QuoteIndex,
} from '../schemas/citation';
import type { ConditionDoc } from '../schemas/condition';
import type { SiteText } from '../schemas/site-text';
import type { Profile } from '../schemas/therapy';
import type { WarningLibrary } from '../schemas/warning-signs';
import type { CitingPlacesText } from '../schemas/text/interface-text';
import { fillText } from '../site/fill-template';

/**
 * Where on the site a reader meets a claim, named by its parts: the words that name it come from
 * content/site-text.yaml (`interface.citingPlaces`) through placeLabel, when a page shows it.
 */
export type ClaimPlace =
  | { kind: 'page'; title: string }
  | { kind: 'compareRow'; aspect: AspectKey; therapy: string }
  | { kind: 'glossary'; term: string }
  | { kind: 'helperWarnings' }
  | { kind: 'home' };

/** What a source's page calls the place a claim is found, in the words of content/. */
export function placeLabel(
  place: ClaimPlace,
  words: CitingPlacesText,
  aspects: Readonly<Record<AspectKey, { label: string }>>,
): string {
  switch (place.kind) {
    case 'page':
      return place.title;
    case 'compareRow':
      return fillText(words.compareRow, {
        aspect: aspects[place.aspect].label.toLowerCase(),
        therapy: place.therapy,
      });
    case 'glossary':
      return fillText(words.glossaryTerm, { term: place.term });
    case 'helperWarnings':
      return words.helperWarnings;
    case 'home':
      return words.home;
  }
}

/** One statement on the site and the quotes it rests on. */
export interface Claim {
  /** Where an editor finds it. */
  file: string;
  field: string;
  /** Where a reader finds it, and what that place is. */
  href: string;
  place: ClaimPlace;
  /** The statement as the reader sees it. */
  statement: string;
  refs: CitationRef[];
}

export interface ClaimSources {
  therapies: readonly {
    file: string;
    title: string;
    url: string;
    raw: string;
    profile: Profile;
  }[];
  guides: readonly { file: string; title: string; url: string; raw: string }[];
  glossary: readonly { id: string; term: string; definition: string; sources?: CitationRef[] }[];
  glossaryFile: string;
  /** content/conditions/*.yaml: every statement a condition page shows. */
  conditions?: readonly (Pick<ConditionDoc, 'name' | 'warningSigns' | 'therapies'> & {
    file: string;
    url: string;
  })[];
  /** content/warning-signs.yaml: each sign, and each set's intro, shows where a page names its set. */
  warningSigns?: { file: string; library: WarningLibrary };
  /** Claims from content/site-text.yaml, checked and credited the same way. */
  extra?: readonly Claim[];
}

/** Where the full comparison shows one aspect's row. */
const compareRow = (key: string) => `/compare#aspect-${key}`;

function profileClaims(therapy: ClaimSources['therapies'][number]): Claim[] {
  const claims: Claim[] = [];
  for (const key of ASPECT_KEYS) {
    // "What people use it for" comes from the condition files; their claims are counted there.
    if (key === 'conditions') continue;
    const cell = therapy.profile[key];
    const base = {
      file: therapy.file,
      href: compareRow(key),
      place: { kind: 'compareRow', aspect: key, therapy: therapy.profile.name } as const,
    };
    claims.push({
      ...base,
      field: `profile.${key}.sources`,
      statement: cell.text,
      refs: cell.sources,
    });
    if ('items' in cell) {
      cell.items.forEach((item, index) => {
        claims.push({
          ...base,
          field: `profile.${key}.items[${index}].sources`,
          statement: `${item.label}: ${item.note}`,
          refs: item.sources,
        });
      });
    }
  }
  return claims;
}

function bodyClaims(article: { file: string; title: string; url: string; raw: string }): Claim[] {
  const claims: Claim[] = [];
  for (const tag of citeTags(article.raw)) {
    if (tag.quote === undefined) continue;
    const ref = { source: tag.source, quote: tag.quote };
    const last = claims.at(-1);
    if (last && claims.length - 1 === tag.claim) last.refs.push(ref);
    else {
      claims.push({
        file: article.file,
        field: 'body <Cite>',
        href: article.url,
        place: { kind: 'page', title: article.title },
        statement: tag.statement,
        refs: [ref],
      });
    }
  }
  return claims;
}

function conditionClaims(condition: NonNullable<ClaimSources['conditions']>[number]): Claim[] {
  const claims: Claim[] = [];
  const add = (field: string, href: string, statement: string, refs: readonly CitationRef[]) =>
    claims.push({
      file: condition.file,
      field,
      href,
      place: { kind: 'page', title: condition.name },
      statement,
      refs: [...refs],
    });
  for (const [slug, entry] of Object.entries(condition.therapies)) {
    const href = `${condition.url}#therapy-${slug}`;
    const at = `therapies.${slug}`;
    if (entry.summary)
      add(`${at}.summary.sources`, href, entry.summary.text, entry.summary.sources);
    const lists = {
      research: entry.research,
      guidelines: entry.guidelines,
      coverage: entry.coverage,
    };
    for (const [name, items] of Object.entries(lists)) {
      items.forEach((item, index) =>
        add(`${at}.${name}[${index}].sources`, href, item.text, item.sources),
      );
    }
    if (entry.sessions) {
      add(`${at}.sessions.sources`, href, entry.sessions.text, entry.sessions.sources);
    }
  }
  return claims;
}

const HELPER = { href: '/which-is-right-for-me', place: { kind: 'helperWarnings' } } as const;

/** A page (or a place on one) and what it is. */
type PlaceOnSite = { href: string; place: ClaimPlace };

/** The pages that show each warning-sign set: condition pages, articles, then the helper. */
export function warningSetPages(
  input: Pick<ClaimSources, 'therapies' | 'guides' | 'conditions'>,
  library: Pick<WarningLibrary, 'helper'>,
): Map<string, PlaceOnSite[]> {
  const pages = new Map<string, PlaceOnSite[]>();
  const add = (id: string, page: PlaceOnSite) => pages.set(id, [...(pages.get(id) ?? []), page]);
  for (const condition of input.conditions ?? []) {
    for (const id of condition.warningSigns)
      add(id, { href: condition.url, place: { kind: 'page', title: condition.name } });
  }
  for (const article of [...input.therapies, ...input.guides]) {
    const shown = tagUses(article.raw).flatMap((use) =>
      use.name === 'WarningSigns' && typeof use.props.set === 'string' ? [use.props.set] : [],
    );
    for (const id of new Set(shown)) {
      add(id, { href: article.url, place: { kind: 'page', title: article.title } });
    }
  }
  for (const id of library.helper) add(id, HELPER);
  return pages;
}

/** Each warning sign and set intro, as a claim on the first page that shows its set. */
function warningClaims(
  input: ClaimSources,
  warnings: NonNullable<ClaimSources['warningSigns']>,
): Claim[] {
  const pages = warningSetPages(input, warnings.library);
  return warnings.library.sets.flatMap((entry, index) => {
    // A set no page shows is still checked; it is credited to the library file itself.
    const place = pages.get(entry.id)?.[0] ?? HELPER;
    const base = { file: warnings.file, ...place };
    return [
      ...(entry.intro?.cite
        ? [
            {
              ...base,
              field: `sets[${index}].intro.cite`,
              statement: `${entry.title}: ${entry.intro.text}`,
              refs: entry.intro.cite,
            },
          ]
        : []),
      ...entry.signs.map((sign, signIndex) => ({
        ...base,
        field: `sets[${index}].signs[${signIndex}].cite`,
        statement: sign.text,
        refs: sign.cite,
      })),
    ];
  });
}

/** Every cited statement on the site: profile cells and items, article text, glossary, helper. */
export function claimsOf(input: ClaimSources): Claim[] {
  return [
    ...input.therapies.flatMap((therapy) => [...profileClaims(therapy), ...bodyClaims(therapy)]),
    ...input.guides.flatMap(bodyClaims),
    ...(input.conditions ?? []).flatMap(conditionClaims),
    ...input.glossary.flatMap((term, index) =>
      term.sources
        ? [
            {
              file: input.glossaryFile,
              field: `terms[${index}].sources`,
              href: glossaryAnchor(term.id),
              place: { kind: 'glossary', term: term.term } as const,
              statement: `${term.term}: ${term.definition}`,
              refs: term.sources,
            },
          ]
        : [],
    ),
    ...(input.warningSigns ? warningClaims(input, input.warningSigns) : []),
    ...(input.extra ?? []),
  ];
}

/** The claims resting on each quote, keyed by its /sources anchor id (`source--quote`). */
export function claimsByQuote(claims: readonly Claim[]): Map<string, Claim[]> {
  const byQuote = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const ref of claim.refs) {
      const key = quoteAnchorId(ref);
      const list = byQuote.get(key) ?? [];
      if (!list.includes(claim)) list.push(claim);
      byQuote.set(key, list);
    }
  }
  return byQuote;
}

/** How many claims are as strong as each confidence mark (a claim counts at its best quote). */
export function claimsPerConfidence(
  claims: readonly Claim[],
  quotes: QuoteIndex,
): Record<Confidence, number> {
  const counts = Object.fromEntries(CONFIDENCE_ORDER.map((level) => [level, 0])) as Record<
    Confidence,
    number
  >;
  for (const claim of claims) {
    const level = claimConfidence(claim.refs, quotes);
    if (level) counts[level] += 1;
  }
  return counts;
}

const SITE_TEXT_FILE = 'content/site-text.yaml';
const HOME = { href: '/', place: { kind: 'home' } } as const;

/** The cited passages of content/site-text.yaml, as claims on the pages that show them. */
export function siteTextClaims(text: SiteText): Claim[] {
  const claim = (
    field: string,
    place: PlaceOnSite,
    passage: { text: string; cite?: CitationRef[] },
  ): Claim[] =>
    passage.cite
      ? [{ file: SITE_TEXT_FILE, field, ...place, statement: passage.text, refs: passage.cite }]
      : [];
  return [
    ...Object.entries(text.reminders).flatMap(([id, passage]) =>
      claim(`reminders.${id}.cite`, HELPER, passage),
    ),
    ...text.homeShortAnswer.flatMap((passage, index) =>
      claim(`homeShortAnswer[${index}].cite`, HOME, passage),
    ),
  ];
}
