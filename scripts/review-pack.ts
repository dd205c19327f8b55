// `npm run review-pack -- /conditions/neck-pain`: writes reports/review-pack/<slug>.html, the
// printable pack a clinician signs one page off with. The content goes through the same checks as
// the build (scripts/check-content.ts), so the pack never shows content the site would refuse.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, validateContent } from '../lib/content/validate-content';
import { isoDay } from '../lib/site/clock';
import { siteTextClaims } from '../lib/evidence/claims';
import { buildReviewPack, packSlug } from '../lib/content/review-pack';
import { renderReviewPack } from '../lib/content/review-pack-html';
import { validateSiteText } from '../lib/content/validate-site-text';

const OUT_DIR = join(import.meta.dirname, '..', 'reports', 'review-pack');

try {
  const route = process.argv[2];
  const { rawContent, rawSiteText } = await import('../lib/content/store');
  const { evidenceRuleText } = await import('../lib/content/evidence-rule-text');
  const today = isoDay();
  const raw = rawContent();
  const text = validateSiteText(rawSiteText(), raw.sources.data, { today });
  const extraClaims = text.ok ? siteTextClaims(text.text) : [];
  const result = validateContent(raw, { today, extraClaims });
  const problems = [...(result.ok ? [] : result.problems), ...(text.ok ? [] : text.problems)];
  if (!result.ok || !text.ok || problems.length > 0) throw new ContentError(problems);

  const built = buildReviewPack(result.content, route ?? '', evidenceRuleText());
  if (!built.ok) {
    if (route === undefined) {
      console.error('Name the page, like: npm run review-pack -- /conditions/neck-pain');
    }
    console.error(built.message);
    process.exit(1);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `${packSlug(built.pack.route)}.html`);
  writeFileSync(file, renderReviewPack(built.pack, text.text.reviewPack));
  console.log(
    `Wrote ${file}: ${built.pack.claims.length} claims, ${built.pack.warnings.length} warning-sign sets, ${built.pack.ratings.length} ratings`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
