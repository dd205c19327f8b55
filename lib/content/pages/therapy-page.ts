import { getSources, getTherapy } from '../store';
import { comparisonColumns } from '../comparison-columns';
import { articlePageData } from './article-page';
import { keyFactsWords } from './compare';
import { citedSourceNames } from '../../evidence/reference-entries';

/**
 * The one load of a therapy page: the article frame's data, its eyebrow, and its key-facts box
 * (its own column of the comparison, with the names of the sources the box cites).
 */
export function loadTherapyPage(slug: string) {
  const therapy = getTherapy(slug);
  if (!therapy) return undefined;
  const page = articlePageData(therapy);
  const column = comparisonColumns().find((candidate) => candidate.slug === therapy.slug);
  // The key-facts box uses the article's numbering (its sources open the reference list); it may
  // name any source, so it gets every name.
  const sources = citedSourceNames(getSources());
  return {
    ...page,
    eyebrow: page.words.evidence.article.therapyEyebrow,
    keyFacts: column && { column, sources, words: keyFactsWords() },
  };
}
