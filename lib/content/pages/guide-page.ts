import { getGuide } from '../store';
import { articlePageData } from './article-page';

/** The one load of a guide page: the article frame's data and its eyebrow. */
export function loadGuidePage(slug: string) {
  const guide = getGuide(slug);
  if (!guide) return undefined;
  const page = articlePageData(guide);
  return { ...page, eyebrow: page.words.evidence.article.guideEyebrow };
}
