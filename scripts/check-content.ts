// Runs after `contentlayer2 build` and before `next build`: every rule in lib/ over every document,
// so an editor sees all problems at once, each naming the file and the field. Then, per source,
// how many claims rest on each of its quotes, so an editor sees what a changed quote would affect.
import { ContentError } from '../lib/content-validation';

try {
  const { getTherapies, getGuides, getSources, getGlossary } = await import('../lib/content');
  const { claimsByQuote, claimsOf, claimsPerConfidence } = await import('../lib/claims');
  const { helperClaims } = await import('../lib/decision');
  const { quoteAnchorId, quoteIndexOf } = await import('../lib/schemas/citation');
  const articles = [...getTherapies(), ...getGuides()];
  console.log('Content OK');
  console.table(
    articles.map((doc) => ({ file: doc.file, words: doc.stats.words, grade: doc.stats.grade })),
  );
  const sources = getSources();
  console.log(`${sources.length} sources, ${getGlossary().length} glossary terms`);

  const claims = claimsOf({
    therapies: getTherapies(),
    guides: getGuides(),
    glossary: getGlossary(),
    glossaryFile: 'content/glossary.json',
    extra: helperClaims(),
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
