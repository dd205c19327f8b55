import { getConditions, getGuides, getSiteText, getSources, getTherapies } from '../store';
import { comparisonColumns, sourceIndex } from '../comparison-columns';
import { evidenceRuleText } from '../evidence-rule-text';
import { evidenceMap } from '../../conditions/condition-uses';
import { rowWords } from '../../compare/comparison-rows';
import { sourceLabels } from '../../evidence/source-labels';

/** Everything the home page shows, in one object. */
export function loadHomePage() {
  const text = getSiteText();
  const { home, conditions } = text.pages;
  const columns = comparisonColumns();
  return {
    words: {
      ...home,
      intro: text.homeIntro,
      problems: conditions.meta.title,
      ratingLink: conditions.ratingLink,
      map: { caption: conditions.mapCaption, problem: conditions.mapProblem },
    },
    shortAnswer: text.homeShortAnswer,
    labels: sourceLabels(getSources()),
    conditions: getConditions().map(({ slug, name, url }) => ({ slug, name, url })),
    evidenceMap: evidenceMap(getConditions(), columns),
    columns,
    sources: sourceIndex(),
    rule: evidenceRuleText(),
    rowWords: rowWords(text.labels),
    therapies: getTherapies(),
    guides: getGuides(),
  };
}

export type HomePageData = ReturnType<typeof loadHomePage>;
