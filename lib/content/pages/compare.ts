import { feedbackFormWords } from './feedback';
import { getSiteText, getSources } from '../store';
import { comparisonColumns, sourceIndex } from '../comparison-columns';
import { evidenceRuleText } from '../evidence-rule-text';
import { breadcrumbWords } from './chrome';
import { ASPECT_KEYS } from '../../schemas/profile-aspects';
import {
  comparisonRows,
  namesInSentence,
  tableCitations,
  type ComparisonColumn,
  rowWords,
} from '../../compare/comparison-rows';
import { COMPARE_PATH } from '../../compare/pair-paths';
import { choiceProblemSentences, type ChoiceProblem } from '../../compare/therapy-selection';
import { graphOf, medicalWebPageLd } from '../../seo/structured-data';
import { trailOf, type Crumb } from '../../site/breadcrumb-trails';
import { fillText } from '../../site/fill-template';

type Named = readonly Pick<ComparisonColumn, 'name'>[];

const capitalised = (text: string) => text.replace(/^./, (first) => first.toUpperCase());

/** "Compare acupuncture and dry needling", from content's template. */
export function compareTitle(shown: Named): string {
  return fillText(getSiteText().pages.compare.title, { therapies: namesInSentence(shown) });
}

export function compareDescription(shown: Named): string {
  return fillText(getSiteText().pages.compare.description, {
    therapies: capitalised(namesInSentence(shown)),
  });
}

/** The words of the key facts box on a therapy's page, and its drawing's. */
export function keyFactsWords() {
  const { pages, labels } = getSiteText();
  const { compare, needles } = pages;
  return { ...compare.keyFacts, needles, labels: rowWords(labels), rule: evidenceRuleText() };
}

/**
 * Everything a comparison page shows: /compare (every therapy), one prerendered pair, or the page
 * that explains a choice it could not use (`problems`). Each route only decides the columns.
 */
function loadCompareView(options: {
  shown: readonly ComparisonColumn[];
  path: string;
  trail: Crumb[];
  problems?: readonly string[];
}) {
  const { shown, path, trail } = options;
  const columns = comparisonColumns();
  const text = getSiteText();
  const { compare, needles, conditions } = text.pages;
  const labels = rowWords(text.labels);
  const title = compareTitle(shown);
  const cited = tableCitations(comparisonRows(shown, ASPECT_KEYS, labels));
  return {
    columns,
    shown,
    path,
    trail,
    title,
    problems: options.problems ?? [],
    jsonLd: graphOf(
      medicalWebPageLd({
        title,
        description: compareDescription(shown),
        path,
        trail,
        citations: getSources().filter((source) => cited.includes(source.id)),
      }),
    ),
    sources: sourceIndex(),
    rule: evidenceRuleText(),
    feedback: feedbackFormWords(),
    labels,
    words: {
      ...compare,
      conditionsLink: conditions.meta.title,
      caption: fillText(compare.caption, { therapies: capitalised(namesInSentence(shown)) }),
      breadcrumb: breadcrumbWords().label,
      needles,
    },
  };
}


/** /compare: every therapy side by side. */
export function loadComparePage() {
  const columns = comparisonColumns();
  return loadCompareView({
    shown: columns,
    path: COMPARE_PATH,
    trail: trailOf(breadcrumbWords().home, { name: compareTitle(columns), path: COMPARE_PATH }),
  });
}

/** /compare/[a]-vs-[b]: the chosen pair, under the full comparison in the trail. */
export function loadComparePairPage(shown: readonly ComparisonColumn[], path: string) {
  const { compare } = getSiteText().pages;
  const [first, second] = shown.map((column) => column.name);
  return loadCompareView({
    shown,
    path,
    trail: trailOf(
      breadcrumbWords().home,
      { name: compareTitle(comparisonColumns()), path: COMPARE_PATH },
      { name: fillText(compare.pairCrumb, { first: first ?? '', second: second ?? '' }), path },
    ),
  });
}

/** The page for a choice of therapies that has no page: every therapy, and what went wrong. */
export function loadCompareChoicePage(problems: readonly ChoiceProblem[]) {
  const page = loadComparePage();
  const text = getSiteText();
  return {
    ...page,
    problems:
      problems.length > 0
        ? choiceProblemSentences(problems, text.labels.choiceProblems)
        : [text.pages.compare.noChoice],
  };
}
