// Runs after `contentlayer2 build` and before `next build`: every rule in lib/ over every document,
// so an editor sees all problems at once, each naming the file and the field. Unlike the running
// server, this applies the calendar rules: an overdue review stops the build.
import { ContentError, validateContent } from '../lib/content-validation';
import { isoDay } from '../lib/clock';
import { validateSiteText } from '../lib/site-text-validation';
import { readingStats } from '../lib/readability';
import { siteTextProse } from '../lib/schemas/site-text';

try {
  const { rawContent, rawSiteText } = await import('../lib/content');
  const today = isoDay();
  const raw = rawContent();
  const result = validateContent(raw, { today });
  const text = validateSiteText(rawSiteText(), raw.sources.data, { today });
  const problems = [...(result.ok ? [] : result.problems), ...(text.ok ? [] : text.problems)];
  if (!result.ok || problems.length > 0) throw new ContentError(problems);
  const { therapies, guides, conditions, sources, glossary } = result.content;
  console.log('Content OK');
  console.table(
    [...therapies, ...guides, ...conditions].map((doc) => ({
      file: doc.file,
      words: doc.stats.words,
      grade: doc.stats.grade,
    })),
  );
  if (text.ok) {
    const { words, grade } = readingStats(siteTextProse(text.text));
    console.log(`content/site-text.yaml: ${words} words, grade ${grade}`);
  }
  console.log(`${sources.length} sources, ${glossary.length} glossary terms`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
