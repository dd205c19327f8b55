// Runs after `contentlayer2 build`: builds the site search index once, so no request ever does.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSearchIndex, serializeSearchIndex } from '../lib/search/engine';
import { searchDocuments } from '../lib/search/documents';
import { SEARCH_INDEX_FILE } from '../lib/search/site-index';

const { getConditions, getGlossary, getGuides, getSiteText, getTherapies, getWarningSigns } =
  await import('../lib/content/store');
const { rowWords } = await import('../lib/compare/comparison-rows');
const { evidenceRuleText } = await import('../lib/content/evidence-rule-text');
const docs = searchDocuments({
  therapies: getTherapies(),
  guides: getGuides(),
  conditions: getConditions(),
  glossary: getGlossary(),
  warningSigns: getWarningSigns(),
  rule: evidenceRuleText(),
  alsoCalled: getSiteText().interface.alsoCalled,
  rowWords: rowWords(getSiteText().labels),
});
const json = serializeSearchIndex(createSearchIndex(docs));
mkdirSync(path.dirname(SEARCH_INDEX_FILE), { recursive: true });
writeFileSync(SEARCH_INDEX_FILE, json);
const counts = Object.entries(
  docs.reduce<Record<string, number>>(
    (acc, doc) => ({ ...acc, [doc.kind]: (acc[doc.kind] ?? 0) + 1 }),
    {},
  ),
)
  .map(([kind, count]) => `${count} ${kind}`)
  .join(', ');
console.log(
  `Search index: ${docs.length} documents (${counts}), ${Buffer.byteLength(json)} bytes → ${SEARCH_INDEX_FILE}`,
);
