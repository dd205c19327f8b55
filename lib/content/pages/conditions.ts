import { getConditions, getSiteText, getSources, getWarningSets } from '../store';
import { comparisonColumns } from '../comparison-columns';
import { evidenceRuleText } from '../evidence-rule-text';
import { breadcrumbWords } from './chrome';
import { conditionCitations, evidenceMap, sourceIdsOf } from '../../conditions/condition-uses';
import { graphOf, medicalWebPageLd } from '../../seo/structured-data';
import { trailOf } from '../../site/breadcrumb-trails';

export const CONDITIONS_PATH = '/conditions';

/** The title and description of /conditions, for its metadata and its structured data. */
export function conditionsMeta() {
  const { meta } = getSiteText().pages.conditions;
  return { path: CONDITIONS_PATH, title: meta.title, description: meta.description };
}

/** Everything /conditions shows: the list of problems, the evidence map and their words. */
export function loadConditionsPage() {
  const text = getSiteText();
  const words = text.pages.conditions;
  const conditions = getConditions();
  const columns = comparisonColumns();
  const crumbs = breadcrumbWords();
  const trail = trailOf(crumbs.home, { name: words.crumb, path: CONDITIONS_PATH });
  const cited = new Set(
    conditions.flatMap((condition) =>
      sourceIdsOf(
        conditionCitations(
          condition,
          columns.map((column) => column.slug),
          getWarningSets(condition.warningSigns),
        ),
      ),
    ),
  );
  const meta = conditionsMeta();
  return {
    meta,
    trail,
    jsonLd: graphOf(
      medicalWebPageLd({
        ...meta,
        trail,
        citations: getSources().filter((source) => cited.has(source.id)),
      }),
    ),
    conditions: conditions.map(({ slug, name, url, summary }) => ({ slug, name, url, summary })),
    evidenceMap: evidenceMap(conditions, columns),
    columns,
    rule: evidenceRuleText(),
    words: {
      ...words,
      disclaimer: text.disclaimer.findings,
      breadcrumb: crumbs.label,
      map: { caption: words.mapCaption, problem: words.mapProblem },
    },
  };
}
