import { getSources, getTherapy } from '../store';
import { comparisonColumns } from '../comparison-columns';
import { articlePageData } from './article-page';

/**
 * The one load of a therapy page: the article frame's data, its eyebrow, and its key-facts box
 * (its own column of the comparison, with the names of the sources the box cites).
 */
export function loadTherapyPage(slug: string) {
  const therapy = getTherapy(slug);
  if (!therapy) return undefined;
  const page = articlePageData(therapy);
  const column = comparisonColumns().find((candidate) => candidate.slug === therapy.slug);
  const sources = Object.fromEntries(
    getSources().map((source) => [
      source.id,
      { title: source.title, publisher: source.publisher, url: source.url },
    ]),
  );
  return {
    ...page,
    eyebrow: page.words.evidence.article.therapyEyebrow,
    keyFacts: column && { column, sources },
  };
}

export type TherapyPageData = NonNullable<ReturnType<typeof loadTherapyPage>>;
