import { claimsOf, warningSetPages } from '@/lib/evidence/claims';
import type { ValidContent } from './validate-content';
import { rateEvidence, type Rating } from '@/lib/schemas/evidence-rating';
import type { CitationRef, Confidence } from '@/lib/schemas/citation';
import type { Change } from '@/lib/schemas/changes';
import { EVIDENCE_FIELDS, NONE_FOUND, type Evidence } from '@/lib/schemas/evidence';
import { ratingLabel, type EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import type { ReviewRecord } from '@/lib/schemas/review';
import type { ReviewPackText } from '@/lib/schemas/site-text';
import type { Urgency } from '@/lib/schemas/warning-signs';
import { fillText } from '@/lib/site/fill-template';

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

/** Text made safe to put in HTML, in an element or an attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;

/** A YAML string that reads back as exactly this text. */
const yamlString = (text: string) => JSON.stringify(text);

function reviewYaml(review: ReviewRecord): string {
  return review.kind === 'editorial'
    ? `  - { kind: editorial, date: ${yamlString(review.date)} }`
    : `  - { kind: clinical, date: ${yamlString(review.date)}, name: ${yamlString(review.name)}, credentials: ${yamlString(review.credentials)}, scope: ${yamlString(review.scope)} }`;
}

/** The front matter the editor writes once the clinician has signed: every check so far, then theirs. */
export function signOffYaml(pack: ReviewPack, words: ReviewPackText): string {
  const blank = words.signOff.placeholders;
  return [
    `lastReviewed: ${yamlString(blank.date)}`,
    `nextReviewDue: ${yamlString(blank.nextReviewDue)}`,
    'reviews:',
    ...pack.reviews.map(reviewYaml),
    `  - { kind: clinical, date: ${yamlString(blank.date)}, name: ${yamlString(blank.name)}, credentials: ${yamlString(blank.credentials)}, scope: ${yamlString(blank.scope)} }`,
  ].join('\n');
}

const CSS = `
*{box-sizing:border-box}
body{font:11pt/1.45 Georgia,"Times New Roman",serif;color:#000;background:#fff;margin:0 auto;max-width:46rem;padding:1.5rem}
h1{font-size:18pt;margin:0 0 .5rem}
h2{font-size:14pt;margin:1.6rem 0 .5rem;border-bottom:1.5pt solid #000;padding-bottom:.2rem;break-after:avoid}
h3{font-size:12pt;margin:1rem 0 .3rem;break-after:avoid}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
dl.meta dt{font-weight:bold}
dl.meta dd{margin:0}
.item{border:1pt solid #666;padding:.5rem .7rem;margin:.5rem 0;break-inside:avoid}
.statement{font-weight:bold;margin:0 0 .3rem}
.field{font:9pt/1.3 "Courier New",monospace;color:#333;margin:0 0 .3rem}
blockquote{margin:.3rem 0 .3rem .8rem;padding-left:.6rem;border-left:3pt solid #999;font-style:italic}
.source{font-size:9.5pt;margin:0 0 .4rem .8rem}
.source a{color:#000;word-break:break-all}
.urgency{font-weight:bold;text-transform:uppercase;letter-spacing:.03em}
table{border-collapse:collapse;width:100%;font-size:10pt;margin:.3rem 0}
th,td{border:1pt solid #666;padding:.25rem .4rem;text-align:left;vertical-align:top}
.signoff{break-inside:avoid;border:2pt solid #000;padding:.8rem 1rem;margin-top:1.5rem}
.line{display:flex;gap:.6rem;align-items:flex-end;margin:1rem 0}
.line span{white-space:nowrap;font-weight:bold}
.line i{flex:1;border-bottom:1pt solid #000;height:1.2rem}
.box{border:1pt solid #000;height:9rem;margin:.3rem 0 1rem}
pre{font:9pt/1.35 "Courier New",monospace;white-space:pre-wrap;overflow-wrap:anywhere;border:1pt dashed #666;padding:.5rem}
@page{margin:16mm 14mm}
@media print{body{max-width:none;padding:0}a{text-decoration:none}}
`;

function quoteHtml(quote: PackQuote, words: ReviewPackText): string {
  const label = e(`${quote.source} / ${quote.quote}`);
  if (!quote.found) return `<p class="source">${label}: ${e(words.quote.missing)}</p>`;
  const found = quote.found;
  const rows: [string, string][] = [
    [words.quote.source, found.title],
    [words.quote.publisher, found.publisher],
    [words.quote.confidence, found.confidence],
    [words.quote.checked, found.checked],
  ];
  return [
    `<blockquote>“${e(found.text)}”</blockquote>`,
    `<p class="source">${rows.map(([name, value]) => `${e(name)}: ${e(value)}`).join(' · ')}`,
    `<br>${e(words.quote.link)}: <a href="${e(found.url)}">${e(found.url)}</a>`,
    found.seenAt ? `<br>${e(words.quote.seenAt)}: ${e(found.seenAt)}` : '',
    ` <span class="field">(${label})</span></p>`,
  ].join('');
}

function historyHtml(pack: ReviewPack, words: ReviewPackText): string {
  const reviews = pack.reviews.map((review) =>
    review.kind === 'editorial'
      ? fillText(words.history.editorial, { date: review.date })
      : fillText(words.history.clinical, {
          name: review.name,
          credentials: review.credentials,
          date: review.date,
          scope: review.scope,
        }),
  );
  const changes =
    pack.changes.length === 0
      ? `<p>${e(words.history.noChanges)}</p>`
      : `<ul>${pack.changes.map((change) => `<li>${e(change.date)} (${e(change.kind)}): ${e(change.text)}</li>`).join('')}</ul>`;
  return [
    `<h2>${e(words.history.heading)}</h2>`,
    `<h3>${e(words.history.reviews)}</h3>`,
    `<ul>${reviews.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`,
    `<h3>${e(words.history.changes)}</h3>`,
    changes,
  ].join('\n');
}

/** One statement the clinician checks: its words, where it lives, and the quotes behind it. */
function itemHtml(statement: string, field: string, quotes: readonly PackQuote[], words: ReviewPackText) {
  return `<div class="item"><p class="statement">${e(statement)}</p><p class="field">${e(field)}</p>${quotes.map((quote) => quoteHtml(quote, words)).join('')}</div>`;
}

/** A section of the pack: heading, intro, then its items or the words for "none". */
function sectionHtml(
  text: { heading: string; intro: string; none: string },
  items: readonly string[],
): string {
  return [
    `<h2>${e(text.heading)}</h2>`,
    `<p>${e(text.intro)}</p>`,
    items.length === 0 ? `<p>${e(text.none)}</p>` : items.join('\n'),
  ].join('\n');
}

function claimsHtml(pack: ReviewPack, words: ReviewPackText): string {
  return sectionHtml(
    words.claims,
    pack.claims.map((claim) =>
      itemHtml(claim.statement, `${words.claims.field}: ${claim.field}`, claim.quotes, words),
    ),
  );
}

function warningsHtml(pack: ReviewPack, words: ReviewPackText): string {
  const sets = pack.warnings.map((set) =>
    [
      `<h3>${e(set.title)}</h3>`,
      `<dl class="meta"><dt>${e(words.warnings.urgency)}</dt><dd class="urgency">${e(set.urgency)}</dd>`,
      `<dt>${e(words.warnings.action)}</dt><dd>${e(set.action)}</dd></dl>`,
      set.intro
        ? `<div class="item"><p class="field">${e(words.warnings.setIntro)}</p><p class="statement">${e(set.intro.text)}</p>${set.intro.quotes.map((quote) => quoteHtml(quote, words)).join('')}</div>`
        : '',
      ...set.signs.map((sign) => itemHtml(sign.text, `${set.id} / ${sign.id}`, sign.quotes, words)),
    ].join('\n'),
  );
  return sectionHtml(words.warnings, sets);
}

function ratingsHtml(pack: ReviewPack, words: ReviewPackText): string {
  const ratings = pack.ratings.map((rating) => {
    const status =
      rating.status === 'not-reviewed'
        ? `<p>${e(words.ratings.notReviewed)}</p>`
        : rating.status === 'none-found'
          ? `<p>${e(words.ratings.noneFound)}</p>`
          : '';
    const findings = rating.findings.map((finding, index) =>
      [
        `<div class="item"><p class="statement">${e(fillText(words.ratings.finding, { number: index + 1 }))}</p><table><tbody>`,
        ...finding.map(
          (cell) =>
            `<tr><th scope="row">${e(words.ratings.fields[cell.field])}</th><td>${e(cell.value)}</td><td>${cell.quote ? quoteHtml(cell.quote, words) : e(words.ratings.noQuote)}</td></tr>`,
        ),
        '</tbody></table></div>',
      ].join(''),
    );
    return [
      `<h3>${e(rating.subject)}</h3>`,
      `<dl class="meta"><dt>${e(words.ratings.rating)}</dt><dd><strong>${e(rating.words)}</strong></dd></dl>`,
      status,
      ...findings,
    ].join('\n');
  });
  return sectionHtml(words.ratings, ratings);
}

function signOffHtml(pack: ReviewPack, words: ReviewPackText): string {
  const line = (label: string) => `<div class="line"><span>${e(label)}</span><i></i></div>`;
  return [
    '<section class="signoff">',
    `<h2>${e(words.signOff.heading)}</h2>`,
    `<p>${e(words.signOff.intro)}</p>`,
    line(words.signOff.name),
    line(words.signOff.credentials),
    line(words.signOff.date),
    line(words.signOff.scope),
    line(''),
    line(words.signOff.signature),
    `<p><strong>${e(words.signOff.changesRequested)}</strong></p><div class="box"></div>`,
    `<h3>${e(words.signOff.yamlHeading)}</h3>`,
    `<p>${e(words.signOff.yamlIntro)}</p>`,
    `<pre>${e(signOffYaml(pack, words))}</pre>`,
    '</section>',
  ].join('\n');
}

/** The whole pack as one self-contained HTML file: inline styles, no scripts, nothing fetched. */
export function renderReviewPack(pack: ReviewPack, words: ReviewPackText): string {
  const title = fillText(words.documentTitle, { title: pack.title });
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // Nothing may load from elsewhere: the pack is read offline and on paper.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head><body>',
    `<h1>${e(title)}</h1>`,
    `<p>${e(words.intro)}</p>`,
    '<dl class="meta">',
    `<dt>${e(words.page.route)}</dt><dd>${e(pack.route)}</dd>`,
    `<dt>${e(words.page.file)}</dt><dd>${e(pack.file)}</dd>`,
    `<dt>${e(words.page.lastReviewed)}</dt><dd>${e(pack.lastReviewed)}</dd>`,
    `<dt>${e(words.page.nextReviewDue)}</dt><dd>${e(pack.nextReviewDue)}</dd>`,
    '</dl>',
    historyHtml(pack, words),
    claimsHtml(pack, words),
    warningsHtml(pack, words),
    ratingsHtml(pack, words),
    signOffHtml(pack, words),
    '</body></html>',
    '',
  ].join('\n');
}
