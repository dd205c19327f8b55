// Runs after `contentlayer2 build` and before `next build`: every rule in lib/ over every document,
// so an editor sees all problems at once, each naming the file and the field. Unlike the running
// server, this applies the calendar rules: an overdue review stops the build. Then, per source,
// how many claims rest on each of its quotes, so an editor sees what a changed quote would affect.
// It also writes the proxy's small data file (lib/content/proxy-data.ts) from the checked store.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/content/content-error';
import {
  checkStore,
  loadContent,
  rawContent,
  rawPages,
  rawSiteText,
  type Store,
} from '../lib/content/store';
import { loadEvidenceRule } from '../lib/content/evidence-rule-text';
import { PROXY_DATA_FILE, proxyDataOf } from '../lib/content/proxy-data';
import { isoDay } from '../lib/site/clock';
import { readingStats } from '../lib/mdx/readability';
import { siteTextProse } from '../lib/schemas/site-text';
import { warningSignsProse } from '../lib/schemas/warning-signs';
import {
  claimsByQuote,
  claimsOf,
  claimsPerConfidence,
  siteTextClaims,
} from '../lib/evidence/claims';
import { quoteAnchorId, quoteIndexOf } from '../lib/schemas/citation';
import { evidenceGaps, gapReport } from '../lib/schemas/condition';

/** The proxy's slice of what the server will serve (lib/content/proxy-data.ts). */
function writeProxyData(store: Store): void {
  mkdirSync(path.dirname(PROXY_DATA_FILE), { recursive: true });
  writeFileSync(PROXY_DATA_FILE, `${JSON.stringify(proxyDataOf(store), null, 2)}\n`);
  console.log(`Proxy data: ${store.therapies.length} therapies → ${PROXY_DATA_FILE}`);
}

/** The store as the server will check it (no clock), or undefined when it would not start. */
function servedStore(): Store | undefined {
  try {
    return loadContent();
  } catch (error) {
    if (error instanceof ContentError) return undefined;
    throw error;
  }
}

try {
  const raw = rawContent();
  const result = checkStore(raw, rawSiteText(), { today: isoDay() }, rawPages());
  loadEvidenceRule();
  // Written even when only a calendar rule fails: the server still serves that content (it marks
  // an overdue page), and `next dev` needs the file. Content the server would refuse gets none.
  const served = result.ok ? result.store : servedStore();
  if (served) writeProxyData(served);
  if (!result.ok) throw new ContentError(result.problems);
  const { therapies, guides, conditions, sources, glossary, warningSigns, siteText, pages } =
    result.store;
  const extraClaims = siteTextClaims(siteText);
  console.log('Content OK');
  // Each page's own prose, quotes left out (lib/mdx/prose.ts). tests/e2e/reading-grade.spec.ts
  // measures the rendered page with the same function (gradeOfBlocks), so the two agree.
  console.log('Reading grade of our own words (quotes left out):');
  console.table(
    [...therapies, ...guides, ...conditions, ...pages].map((doc) => ({
      file: doc.file,
      words: doc.stats.words,
      grade: doc.stats.grade,
    })),
  );
  const text = readingStats(siteTextProse(siteText));
  console.log(`content/site-text.yaml: ${text.words} words, grade ${text.grade}`);
  const signs = readingStats(warningSignsProse(warningSigns));
  console.log(`content/warning-signs.yaml: ${signs.words} words, grade ${signs.grade}`);
  console.log(`${sources.length} sources, ${glossary.length} glossary terms`);
  // Not an error: a new therapy can go live before every condition file speaks to it.
  console.log(
    gapReport(
      evidenceGaps(
        conditions,
        therapies.map((therapy) => therapy.slug),
      ),
    ),
  );

  const claims = claimsOf({
    therapies,
    guides,
    glossary,
    glossaryFile: raw.glossary.file,
    conditions,
    warningSigns: { file: 'content/warning-signs.yaml', library: warningSigns },
    extra: extraClaims,
  });
  const byQuote = claimsByQuote(claims);
  console.log('\nClaims resting on each quote (further reading: a source with no quotes):');
  console.table(
    sources.flatMap((source) =>
      (source.quotes ?? []).length === 0
        ? [{ source: source.id, quote: '(further reading)', confidence: '', claims: 0 }]
        : (source.quotes ?? []).map((quote) => ({
            source: source.id,
            quote: quote.id,
            confidence: quote.confidence,
            claims: byQuote.get(quoteAnchorId({ source: source.id, quote: quote.id }))?.length ?? 0,
          })),
    ),
  );
  const perLevel = claimsPerConfidence(claims, quoteIndexOf(sources));
  console.log(
    `${claims.length} claims; by their strongest quote: ${perLevel.high} high, ${perLevel.medium} medium, ${perLevel.low} low`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
