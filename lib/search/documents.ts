import { ASPECTS } from '../schemas/profile-aspects';
import { cellOf } from '../compare/comparison-rows';
import { conditionUses } from '../conditions/condition-uses';
import type { Condition, Guide, Therapy } from '../content/store';
import { ratingLabel } from '../compare/comparison-rows';
import { proseOf } from '../mdx/prose';
import { glossaryAnchor } from '../site/paths';
import type { GlossaryTerm } from '../schemas/glossary';
import type { SearchDoc } from './schema';

export interface SearchableContent {
  therapies: readonly Therapy[];
  guides: readonly Guide[];
  conditions: readonly Condition[];
  glossary: readonly GlossaryTerm[];
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

const therapyDoc = (therapy: Therapy): SearchDoc => ({
  id: `therapy:${therapy.slug}`,
  kind: 'therapy',
  title: therapy.title,
  url: therapy.url,
  summary: therapy.summary,
  keywords: therapy.profile.name,
  headings: headingText(therapy),
  text: proseOf(therapy.raw),
});

/** Everything a reader can find, as plain-text documents: one per page, term and comparison row. */
export function searchDocuments(content: SearchableContent): SearchDoc[] {
  const therapies = content.therapies.map(therapyDoc);
  const guides = content.guides.map((guide): SearchDoc => ({
    id: `guide:${guide.slug}`,
    kind: 'guide',
    title: guide.title,
    url: guide.url,
    summary: guide.summary,
    keywords: guide.topics.map((topic) => topic.replace(/-/g, ' ')).join(' · '),
    headings: headingText(guide),
    text: proseOf(guide.raw),
  }));
  const terms = content.glossary.map((term): SearchDoc => ({
    id: `glossary:${term.id}`,
    kind: 'glossary',
    title: term.term,
    url: glossaryAnchor(term.id),
    summary: term.definition,
    keywords: (term.aliases ?? []).join(' · '),
    headings: '',
    text: term.aliases?.length
      ? `${term.definition} Also called: ${term.aliases.join(', ')}.`
      : term.definition,
  }));
  const aspects = ASPECTS.map((aspect): SearchDoc => {
    const cells = content.therapies.map((therapy) => {
      const { cell, items } = cellOf(
        { ...therapyColumn(therapy), uses: conditionUses(therapy.slug, content.conditions) },
        aspect.key,
      );
      const notes = (items ?? []).map((item) => `${item.label}: ${item.note}`);
      return [`${therapy.profile.name}: ${cell.text}`, ...(cell.points ?? []), ...notes].join(' ');
    });
    return {
      id: `comparison:${aspect.key}`,
      kind: 'comparison',
      title: aspect.label,
      url: aspectAnchor(aspect.key),
      summary: aspect.help,
      keywords: content.therapies.map((therapy) => therapy.profile.name).join(' · '),
      headings: '',
      text: [aspect.help, ...cells].join(' '),
    };
  });
  const conditions = content.conditions.map((condition): SearchDoc => {
    const entries = content.therapies.flatMap((therapy) => {
      const entry = condition.therapies[therapy.slug];
      if (!entry) return [];
      return [
        `${therapy.profile.name}: ${ratingLabel(entry.rating)}.`,
        entry.summary?.text ?? '',
        ...entry.research.map((item) => item.text),
        ...entry.guidelines.map((item) => `${item.body}: ${item.text}`),
        ...entry.coverage.map((item) => item.text),
        entry.sessions?.text ?? '',
      ];
    });
    return {
      id: `condition:${condition.slug}`,
      kind: 'condition',
      title: condition.name,
      url: condition.url,
      summary: condition.summary,
      keywords: [condition.name, ...(condition.aliases ?? [])].join(' · '),
      headings: condition.redFlags.map((flag) => flag.title).join(' · '),
      text: [...entries, ...condition.redFlags.flatMap((flag) => [flag.text, ...flag.signs])]
        .filter(Boolean)
        .join(' '),
    };
  });
  return [...therapies, ...guides, ...conditions, ...terms, ...aspects];
}
