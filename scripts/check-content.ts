// Runs after `contentlayer2 build` and before `next build`: every rule in lib/ over every document,
// so an editor sees all problems at once, each naming the file and the field. Unlike the running
// server, this applies the calendar rules: an overdue review stops the build. Then, per source,
// how many claims rest on each of its quotes, so an editor sees what a changed quote would affect.
import { ContentError, validateContent } from '../lib/content/validate-content';
import { isoDay } from '../lib/site/clock';
import { validateSiteText } from '../lib/content/validate-site-text';
import { validatePages } from '../lib/content/validate-pages';
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

try {
  const { rawContent, rawPages, rawSiteText } = await import('../lib/content/store');
  const today = isoDay();
  const raw = rawContent();
  const text = validateSiteText(rawSiteText(), raw.sources.data, { today });
  const extraClaims = text.ok ? siteTextClaims(text.text) : [];
  const result = validateContent(raw, { today, extraClaims });
  const pages = result.ok
    ? validatePages(
        rawPages(),
        {
          ...result.content,
          warningSetIds: new Set(result.content.warningSigns?.sets.map((set) => set.id) ?? []),
        },
        { today },
      )
    : undefined;
  const problems = [
    ...(result.ok ? [] : result.problems),
    ...(text.ok ? [] : text.problems),
    ...(pages && !pages.ok ? pages.problems : []),
  ];
  if (!result.ok || problems.length > 0) throw new ContentError(problems);
  const { therapies, guides, conditions, sources, glossary } = result.content;
  console.log('Content OK');
  console.table(
    [...therapies, ...guides, ...conditions, ...(pages?.ok ? pages.pages : [])].map((doc) => ({
      file: doc.file,
      words: doc.stats.words,
      grade: doc.stats.grade,
    })),
  );
  if (text.ok) {
    const { words, grade } = readingStats(siteTextProse(text.text));
    console.log(`content/site-text.yaml: ${words} words, grade ${grade}`);
  }
  if (result.content.warningSigns) {
    const { words, grade } = readingStats(warningSignsProse(result.content.warningSigns));
    console.log(`content/warning-signs.yaml: ${words} words, grade ${grade}`);
  }
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
    warningSigns: result.content.warningSigns
      ? { file: 'content/warning-signs.yaml', library: result.content.warningSigns }
      : undefined,
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
