import { ASPECT_KEYS, type AspectKey } from '../schemas/profile-aspects';
import { cellOf, type ComparisonRowWords } from '../compare/comparison-rows';
import { conditionUses } from '../conditions/condition-uses';
import type { Condition, Guide, Therapy } from '../content/store';
import { ratingLabel, type EvidenceRuleText } from '../schemas/evidence-rule';
import { proseOf } from '../mdx/prose';
import { glossaryAnchor } from '../site/paths';
import { fillText } from '../site/fill-template';
import type { GlossaryTerm } from '../schemas/glossary';
import type { SearchDoc } from './schema';
import { tagUses } from '../mdx/mdx-tags';
import { setsById, type WarningLibrary } from '../schemas/warning-signs';

export interface SearchableContent {
  therapies: readonly Therapy[];
  guides: readonly Guide[];
  conditions: readonly Condition[];
  glossary: readonly GlossaryTerm[];
  /** content/warning-signs.yaml: the signs a page shows are found on that page. */
  warningSigns?: Pick<WarningLibrary, 'sets'> | null;
  /** The rating words (content/evidence-rule.yaml), so a rating is found by its words. */
  rule: EvidenceRuleText;
  /** How a term's other names are added to its text (content/site-text.yaml `interface.alsoCalled`). */
  alsoCalled: string;
  /** Each comparison row's name and help (content/site-text.yaml `labels`), found by its words. */
  rowWords: ComparisonRowWords;
}

/** Where a comparison row lives on /compare. */
export const aspectAnchor = (key: string) => `/compare#aspect-${key}`;

const therapyColumn = (therapy: Therapy) => ({
  slug: therapy.slug,
  name: therapy.profile.name,
  url: therapy.url,
  profile: therapy.profile,
});

const headingText = (article: Therapy | Guide) =>
  article.headings.map((heading) => heading.text).join(' · ');

/** The words of the warning-sign sets `ids` names: titles for headings, intros and signs for text. */
function warningWords(content: SearchableContent, ids: readonly string[]) {
  const sets = content.warningSigns ? setsById(content.warningSigns, ids) : [];
  return {
    titles: sets.map((set) => set.title),
    text: sets.flatMap((set) => [set.intro?.text ?? '', ...set.signs.map((sign) => sign.text)]),
  };
}

/** The sets an article shows with <WarningSigns set="…" />. */
const articleSets = (raw: string) =>
  tagUses(raw).flatMap((use) =>
    use.name === 'WarningSigns' && typeof use.props.set === 'string' ? [use.props.set] : [],
  );

type Article = SearchableContent['therapies'][number] | SearchableContent['guides'][number];

/** An article's prose, with the words of the warning-sign sets it shows. */
const articleText = (content: SearchableContent, article: Pick<Article, 'raw'>) =>
  [proseOf(article.raw), ...warningWords(content, articleSets(article.raw)).text]
    .filter(Boolean)
    .join(' ');

function therapyDoc(
  content: SearchableContent,
  therapy: SearchableContent['therapies'][number],
): SearchDoc {
  return {
    id: `therapy:${therapy.slug}`,
    kind: 'therapy',
    title: therapy.title,
    url: therapy.url,
    summary: therapy.summary,
    keywords: therapy.profile.name,
    headings: headingText(therapy),
    text: articleText(content, therapy),
  };
}

function guideDoc(
  content: SearchableContent,
  guide: SearchableContent['guides'][number],
): SearchDoc {
  return {
    id: `guide:${guide.slug}`,
    kind: 'guide',
    title: guide.title,
    url: guide.url,
    summary: guide.summary,
    keywords: guide.topics.map((topic) => topic.replace(/-/g, ' ')).join(' · '),
    headings: headingText(guide),
    text: articleText(content, guide),
  };
}

function termDoc(term: SearchableContent['glossary'][number], alsoCalled: string): SearchDoc {
  return {
    id: `glossary:${term.id}`,
    kind: 'glossary',
    title: term.term,
    url: glossaryAnchor(term.id),
    summary: term.definition,
    keywords: (term.aliases ?? []).join(' · '),
    headings: '',
    text: term.aliases?.length
      ? `${term.definition} ${fillText(alsoCalled, { aliases: term.aliases.join(', ') })}`
      : term.definition,
  };
}

/** One row of the comparison: the aspect's help and every therapy's cell. */
function aspectDoc(content: SearchableContent, key: AspectKey): SearchDoc {
  const aspect = content.rowWords.aspects[key];
  const cells = content.therapies.map((therapy) => {
    const { cell, items } = cellOf(
      {
        ...therapyColumn(therapy),
        uses: conditionUses(therapy.slug, content.conditions, content.rule),
      },
      key,
      content.rowWords,
    );
    const notes = (items ?? []).map((item) => `${item.label}: ${item.note}`);
    return [`${therapy.profile.name}: ${cell.text}`, ...(cell.points ?? []), ...notes].join(' ');
  });
  return {
    id: `comparison:${key}`,
    kind: 'comparison',
    title: aspect.label,
    url: aspectAnchor(key),
    summary: aspect.help,
    keywords: content.therapies.map((therapy) => therapy.profile.name).join(' · '),
    headings: '',
    text: [aspect.help, ...cells].join(' '),
  };
}

function conditionDoc(
  content: SearchableContent,
  condition: SearchableContent['conditions'][number],
): SearchDoc {
  const entries = content.therapies.flatMap((therapy) => {
    const entry = condition.therapies[therapy.slug];
    if (!entry) return [];
    return [
      `${therapy.profile.name}: ${ratingLabel(entry.rating, content.rule)}.`,
      entry.summary?.text ?? '',
      ...entry.research.map((item) => item.text),
      ...entry.guidelines.map((item) => `${item.body}: ${item.text}`),
      ...entry.coverage.map((item) => item.text),
      entry.sessions?.text ?? '',
    ];
  });
  const warnings = warningWords(content, condition.warningSigns);
  return {
    id: `condition:${condition.slug}`,
    kind: 'condition',
    title: condition.name,
    url: condition.url,
    summary: condition.summary,
    // The page compares therapies for this problem: someone searching a therapy's name should
    // find it beside the comparison rows, which carry the same keywords.
    keywords: [
      condition.name,
      ...(condition.aliases ?? []),
      ...content.therapies
        .filter((therapy) => condition.therapies[therapy.slug])
        .map((therapy) => therapy.profile.name),
    ].join(' · '),
    headings: warnings.titles.join(' · '),
    text: [...entries, ...warnings.text].filter(Boolean).join(' '),
  };
}

/** Everything a reader can find, as plain-text documents: one per page, term and comparison row. */
export function searchDocuments(content: SearchableContent): SearchDoc[] {
  return [
    ...content.therapies.map((therapy) => therapyDoc(content, therapy)),
    ...content.guides.map((guide) => guideDoc(content, guide)),
    ...content.conditions.map((condition) => conditionDoc(content, condition)),
    ...content.glossary.map((term) => termDoc(term, content.alsoCalled)),
    ...ASPECT_KEYS.map((key) => aspectDoc(content, key)),
  ];
}
