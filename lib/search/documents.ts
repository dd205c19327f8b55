import { ASPECTS } from '../aspects';
import type { Guide, Therapy } from '../content';
import { proseOf } from '../prose';
import { glossaryAnchor } from '../routes';
import type { GlossaryTerm } from '../schemas/glossary';
import type { SearchDoc } from './schema';

export interface SearchableContent {
  therapies: readonly Therapy[];
  guides: readonly Guide[];
  glossary: readonly GlossaryTerm[];
}

/** Where a comparison row lives on /compare. */
export const aspectAnchor = (key: string) => `/compare#aspect-${key}`;

const headingText = (article: Therapy | Guide) =>
  article.headings.map((heading) => heading.text).join(' · ');

/** Everything a reader can find, as plain-text documents: one per page, term and comparison row. */
export function searchDocuments(content: SearchableContent): SearchDoc[] {
  const therapies = content.therapies.map((therapy): SearchDoc => ({
    id: `therapy:${therapy.slug}`,
    kind: 'therapy',
    title: therapy.title,
    url: therapy.url,
    summary: therapy.summary,
    keywords: therapy.profile.name,
    headings: headingText(therapy),
    text: proseOf(therapy.raw),
  }));
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
      const cell = therapy.profile[aspect.key];
      const items = 'items' in cell ? cell.items.map((item) => `${item.label}: ${item.note}`) : [];
      return [`${therapy.profile.name}: ${cell.text}`, ...(cell.points ?? []), ...items].join(' ');
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
  return [...therapies, ...guides, ...terms, ...aspects];
}
