// The review pack as one printable HTML file: the pack's data (review-pack.ts) in the words of
// content/site-text.yaml (reviewPack), with its styles inline and nothing fetched.
import type { ReviewRecord } from '@/lib/schemas/review';
import type { ReviewPackText } from '@/lib/schemas/site-text';
import { fillText } from '@/lib/site/fill-template';
import type { PackQuote, ReviewPack } from './review-pack';

/** Text made safe to put in HTML, in an element or an attribute. */
function escapeHtml(text: string): string {
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
function signOffYaml(pack: ReviewPack, words: ReviewPackText): string {
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
