import { claimsOf, warningSetPages } from '@/lib/evidence/claims';
import type { ValidContent } from './validate-content';
import { rateEvidence, type Rating } from '@/lib/schemas/evidence-rating';
import type { CitationRef, Confidence } from '@/lib/schemas/citation';
import type { Change } from '@/lib/schemas/changes';
import { EVIDENCE_FIELDS, NONE_FOUND, type Evidence } from '@/lib/schemas/evidence';
import { ratingLabel, type EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import type { ReviewRecord } from '@/lib/schemas/review';
import type { Urgency } from '@/lib/schemas/warning-signs';

/**
 * The printable pack a clinician signs a page off with: every claim with its quotes, every warning
 * sign, every rating with the evidence it was computed from, and a sign-off block. Built from
 * validated content only, so the pack shows exactly what the page shows.
 */

/** One quote as the clinician checks it, with where it comes from. Absent fields: not recorded. */
export interface PackQuote {
  source: string;
  quote: string;
  /** Undefined only if the registry lacks the quote (validation prevents it; the pack still says so). */
  found?: {
    text: string;
    confidence: Confidence;
    checked: string;
    seenAt?: string;
    title: string;
    publisher: string;
    url: string;
  };
}

export interface PackClaim {
  field: string;
  statement: string;
  quotes: PackQuote[];
}

export interface PackWarningSet {
  id: string;
  title: string;
  urgency: Urgency;
  action: string;
  intro?: { text: string; quotes: PackQuote[] };
  signs: { id: string; text: string; quotes: PackQuote[] }[];
}

export interface PackFinding {
  field: (typeof EVIDENCE_FIELDS)[number];
  value: string;
  quote?: PackQuote;
}

export interface PackRating {
  /** The therapy (on a condition page) or the condition (on a therapy page) the rating is for. */
  subject: string;
  /** The rating words the page shows, computed by the rule. */
  words: string;
  status: 'rated' | 'not-reviewed' | 'none-found';
  findings: PackFinding[][];
}

export interface ReviewPack {
  route: string;
  title: string;
  file: string;
  lastReviewed: string;
  nextReviewDue: string;
  reviews: ReviewRecord[];
  changes: Change[];
  claims: PackClaim[];
  warnings: PackWarningSet[];
  ratings: PackRating[];
}

/** The file name of a pack: the route without its slashes, like "conditions-neck-pain". */
export const packSlug = (route: string) =>
  route
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .join('-');

interface PackPage {
  kind: 'condition' | 'therapy' | 'guide';
  url: string;
  title: string;
  file: string;
  slug: string;
  lastReviewed: string;
  nextReviewDue: string;
  reviews: ReviewRecord[];
  changes: Change[];
}

function pagesOf(content: ValidContent): PackPage[] {
  const base = (doc: {
    url: string;
    file: string;
    slug: string;
    lastReviewed: string;
    nextReviewDue: string;
    reviews: ReviewRecord[];
    changes: Change[];
  }) => ({
    url: doc.url,
    file: doc.file,
    slug: doc.slug,
    lastReviewed: doc.lastReviewed,
    nextReviewDue: doc.nextReviewDue,
    reviews: doc.reviews,
    changes: doc.changes,
  });
  return [
    ...content.conditions.map((doc) => ({
      ...base(doc),
      kind: 'condition' as const,
      title: doc.name,
    })),
    ...content.therapies.map((doc) => ({
      ...base(doc),
      kind: 'therapy' as const,
      title: doc.title,
    })),
    ...content.guides.map((doc) => ({ ...base(doc), kind: 'guide' as const, title: doc.title })),
  ];
}

/** Every route a pack can be made for, sorted. */
export const packRoutes = (content: ValidContent): string[] =>
  pagesOf(content)
    .map((page) => page.url)
    .sort();

function quoteLookup(content: ValidContent) {
  return (ref: CitationRef): PackQuote => {
    const source = content.sources.find((entry) => entry.id === ref.source);
    const quote = source?.quotes?.find((entry) => entry.id === ref.quote);
    if (!source || !quote) return { source: ref.source, quote: ref.quote };
    return {
      source: ref.source,
      quote: ref.quote,
      found: {
        text: quote.text,
        confidence: quote.confidence,
        checked: quote.checked,
        ...(quote.seenAt ? { seenAt: quote.seenAt } : {}),
        title: source.title,
        publisher: source.publisher,
        url: source.url,
      },
    };
  };
}

function findingsOf(
  evidence: Evidence | undefined,
  lookUp: (ref: CitationRef) => PackQuote,
): PackFinding[][] {
  if (evidence === undefined || evidence === NONE_FOUND) return [];
  return evidence.map((finding) =>
    EVIDENCE_FIELDS.map((field) => {
      const { value, source, quote } = finding[field];
      return source !== undefined && quote !== undefined
        ? { field, value, quote: lookUp({ source, quote }) }
        : { field, value };
    }),
  );
}

function packRating(
  subject: string,
  evidence: Evidence | undefined,
  rating: Rating,
  rule: EvidenceRuleText,
  lookUp: (ref: CitationRef) => PackQuote,
): PackRating {
  return {
    subject,
    words: ratingLabel(rating, rule),
    status:
      evidence === undefined ? 'not-reviewed' : evidence === NONE_FOUND ? 'none-found' : 'rated',
    findings: findingsOf(evidence, lookUp),
  };
}

function ratingsOf(
  content: ValidContent,
  page: PackPage,
  rule: EvidenceRuleText,
  lookUp: (ref: CitationRef) => PackQuote,
): PackRating[] {
  if (page.kind === 'condition') {
    const condition = content.conditions.find((doc) => doc.slug === page.slug);
    if (!condition) return [];
    // The page shows a column for every therapy, "not reviewed" where the file has no entry.
    return content.therapies.map((therapy) => {
      const entry = condition.therapies[therapy.slug];
      return packRating(
        therapy.profile.name,
        entry?.evidence,
        entry?.rating ?? rateEvidence(undefined),
        rule,
        lookUp,
      );
    });
  }
  if (page.kind === 'therapy') {
    // A therapy page's key facts rate it for each condition.
    return content.conditions.map((condition) => {
      const entry = condition.therapies[page.slug];
      return packRating(
        condition.name,
        entry?.evidence,
        entry?.rating ?? rateEvidence(undefined),
        rule,
        lookUp,
      );
    });
  }
  return [];
}

/** The pack for one route, or the reason there is none (naming every route there is). */
export function buildReviewPack(
  content: ValidContent,
  route: string,
  rule: EvidenceRuleText,
): { ok: true; pack: ReviewPack } | { ok: false; message: string } {
  const wanted = `/${route.replace(/^\/+|\/+$/g, '')}`;
  const pages = pagesOf(content);
  const page = pages.find((candidate) => candidate.url === wanted);
  if (!page) {
    return {
      ok: false,
      message: `"${route}" is not a page this site has. Use one of:\n${packRoutes(content)
        .map((url) => `  ${url}`)
        .join('\n')}`,
    };
  }
  const lookUp = quoteLookup(content);
  const library = content.warningSigns;
  const claimInput = {
    therapies: content.therapies,
    guides: content.guides,
    glossary: content.glossary,
    glossaryFile: 'content/glossary.json',
    conditions: content.conditions,
  };
  // The page's own file holds every claim it makes (a therapy's profile shows in its key facts);
  // its warning signs come from the shared library and are listed below, set by set.
  const claims = claimsOf(claimInput)
    .filter((claim) => claim.file === page.file)
    .map((claim) => ({
      field: claim.field,
      statement: claim.statement,
      quotes: claim.refs.map(lookUp),
    }));
  const shownSets = library
    ? [...warningSetPages(claimInput, library).entries()]
        .filter(([, places]) => places.some((place) => place.href === page.url))
        .map(([id]) => id)
    : [];
  // Sets in the order the page names them (a condition lists them most urgent first).
  const order =
    page.kind === 'condition'
      ? (content.conditions.find((doc) => doc.slug === page.slug)?.warningSigns ?? [])
      : shownSets;
  const warnings: PackWarningSet[] = library
    ? order.flatMap((id) =>
        library.sets
          .filter((set) => set.id === id && shownSets.includes(id))
          .map((set) => ({
            id: set.id,
            title: set.title,
            urgency: set.urgency,
            action: library.urgency[set.urgency].action,
            ...(set.intro?.cite
              ? { intro: { text: set.intro.text, quotes: set.intro.cite.map(lookUp) } }
              : {}),
            signs: set.signs.map((sign) => ({
              id: sign.id,
              text: sign.text,
              quotes: sign.cite.map(lookUp),
            })),
          })),
      )
    : [];
  return {
    ok: true,
    pack: {
      route: page.url,
      title: page.title,
      file: page.file,
      lastReviewed: page.lastReviewed,
      nextReviewDue: page.nextReviewDue,
      reviews: page.reviews,
      changes: page.changes,
      claims,
      warnings,
      ratings: ratingsOf(content, page, rule, lookUp),
    },
  };
}
