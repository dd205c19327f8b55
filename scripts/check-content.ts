// Runs after `contentlayer2 build` and before `next build`: every rule in lib/ over every document,
// so an editor sees all problems at once, each naming the file and the field.
import { ContentError } from '../lib/content-validation';

try {
  const { getTherapies, getGuides, getConditions, getSources, getGlossary } =
    await import('../lib/content');
  const articles = [...getTherapies(), ...getGuides()];
  console.log('Content OK');
  console.table(
    [...articles, ...getConditions()].map((doc) => ({
      file: doc.file,
      words: doc.stats.words,
      grade: doc.stats.grade,
    })),
  );
  console.log(`${getSources().length} sources, ${getGlossary().length} glossary terms`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
