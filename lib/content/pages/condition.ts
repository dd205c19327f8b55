import { feedbackFormWords } from './feedback';
import { getCondition, getSiteText, getSources, getWarningSets, getWarningSigns } from '../store';
import { comparisonColumns, sourceIndex } from '../comparison-columns';
import { evidenceRuleText, levelMeaning } from '../evidence-rule-text';
import { breadcrumbWords } from './chrome';
import { lastChanged } from '../../changes/change-lists';
import { namesInSentence } from '../../compare/comparison-rows';
import { conditionRows } from '../../conditions/condition-rows';
import {
  conditionCitations,
  entryOrGap,
  sourceIdsOf,
  therapySectionId,
} from '../../conditions/condition-uses';
import { latestReview } from '../../schemas/review';
import { graphOf, medicalWebPageLd } from '../../seo/structured-data';
import { trailOf } from '../../site/breadcrumb-trails';
import { isoDay } from '../../site/clock';
import { absoluteUrl } from '../../site/site-config';
import { fillText } from '../../site/fill-template';
import type { Condition } from '../store';

const capitalised = (text: string) => text.replace(/^./, (first) => first.toUpperCase());

/** "Neck pain: Acupuncture and dry needling compared", from content's template. */
export function conditionTitle(name: string): string {
  const { title } = getSiteText().pages.conditions.condition;
  return fillText(title, {
    condition: name,
    therapies: capitalised(namesInSentence(comparisonColumns())),
  });
}

function conditionLd(condition: Condition, title: string, numbering: readonly string[]) {
  return graphOf(
    medicalWebPageLd(
      {
        title,
        description: condition.description,
        path: condition.url,
        trail: conditionTrail(condition),
        dateModified: lastChanged(condition.changes),
        clinicalReview: latestReview(condition.reviews, 'clinical'),
        citations: getSources().filter((source) => numbering.includes(source.id)),
      },
      {
        about: {
          '@type': 'MedicalCondition',
          '@id': absoluteUrl(`${condition.url}#condition`),
          name: condition.name,
          ...(condition.aliases?.length ? { alternateName: condition.aliases } : {}),
        },
      },
    ),
  );
}

function conditionTrail(condition: Condition) {
  const { conditions } = getSiteText().pages;
  return trailOf(
    breadcrumbWords().home,
    { name: conditions.crumb, path: '/conditions' },
    { name: condition.name, path: condition.url },
  );
}

/** The words of a condition page, with the condition's and therapies' names filled in. */
function conditionWords(condition: Condition, columns: readonly { name: string }[]) {
  const text = getSiteText();
  const { conditions } = text.pages;
  const { condition: words } = conditions;
  const lower = condition.name.toLowerCase();
  return {
    ...words,
    disclaimer: text.disclaimer.findings,
    ratingLink: conditions.ratingLink,
    breadcrumb: breadcrumbWords().label,
    caption: fillText(words.caption, {
      therapies: capitalised(namesInSentence(columns)),
      condition: lower,
    }),
    table: {
      rows: conditionRows(conditions.rows, text.labels.aspects.cost),
      places: text.labels.places,
      stances: text.labels.stances,
      noGuideline: evidenceRuleText().noGuideline,
      noCoverage: conditions.noCoverage,
      noSessions: conditions.noSessions,
    },
    sourceDetails: text.sourceDetails,
    quotedSources: text.evidence.quotedSources,
    externalLink: text.evidence.externalLink,
    reviewMeta: text.reviewMeta,
    overdue: { ...text.overdueNotice, reviewDue: text.evidence.article.reviewDue },
    changeLog: text.changeLog,
  };
}

/** The words of one therapy's section on a condition page. */
function therapyWords(condition: Condition, name: string) {
  const words = getSiteText().pages.conditions.condition;
  return {
    heading: fillText(words.therapyHeading, { therapy: name }),
    noStudies: fillText(words.noStudies, {
      therapy: name.toLowerCase(),
      condition: condition.name.toLowerCase(),
    }),
    readAbout: fillText(words.readAbout, { therapy: name.toLowerCase() }),
  };
}

/** Everything /conditions/[slug] shows, in one object; undefined for an unknown slug. */
export function loadConditionPage(slug: string) {
  const condition = getCondition(slug);
  if (!condition) return undefined;
  const columns = comparisonColumns().map((therapy) => {
    const entry = entryOrGap(condition, therapy.slug);
    return {
      slug: therapy.slug,
      name: therapy.name,
      url: therapy.url,
      entry,
      meaning: levelMeaning(entry.rating),
      sectionId: therapySectionId(therapy.slug),
      words: therapyWords(condition, therapy.name),
    };
  });
  const warningSets = getWarningSets(condition.warningSigns);
  const refs = conditionCitations(
    condition,
    columns.map((column) => column.slug),
    warningSets,
  );
  const numbering = sourceIdsOf(refs);
  const title = conditionTitle(condition.name);
  return {
    rule: evidenceRuleText(),
    condition,
    title,
    trail: conditionTrail(condition),
    jsonLd: conditionLd(condition, title, numbering),
    columns,
    warnings: {
      sets: warningSets,
      urgency: getWarningSigns().urgency,
      sourcesLead: getSiteText().evidence.sourceLinks.many,
      levelWords: getSiteText().labels.careLevels,
      labels: Object.fromEntries(
        getSources().map((source) => [source.id, `${source.title} (${source.publisher})`]),
      ),
    },
    refs,
    numbering,
    sources: sourceIndex(),
    sourceList: getSources(),
    today: isoDay(),
    words: conditionWords(condition, columns),
    feedback: feedbackFormWords(),
  };
}

export type ConditionPageData = NonNullable<ReturnType<typeof loadConditionPage>>;
