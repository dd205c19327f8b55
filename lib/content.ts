import { allGuides, allTherapies, glossary, sourceRegistry } from '#content/generated';
import {
  ContentError,
  validateContent,
  type RawArticle,
  type ValidContent,
} from './content-validation';
import { helperClaims } from './decision';

export type Therapy = ValidContent['therapies'][number];
export type Guide = ValidContent['guides'][number];
export type Article = Therapy | Guide;

/** Today's date; NEEDLEWISE_TODAY lets a hoster or a test pin the clock. */
export function today(): string {
  return process.env.NEEDLEWISE_TODAY ?? new Date().toISOString().slice(0, 10);
}

function load(): ValidContent {
  const result = validateContent(
    {
      therapies: allTherapies as unknown as RawArticle[],
      guides: allGuides as unknown as RawArticle[],
      sources: { file: 'content/sources.json', data: sourceRegistry.sources },
      glossary: { file: 'content/glossary.json', data: glossary.terms },
    },
    { today: today(), extraClaims: helperClaims() },
  );
  if (!result.ok) throw new ContentError(result.problems);
  return {
    ...result.content,
    therapies: [...result.content.therapies].sort((a, b) => a.title.localeCompare(b.title)),
    guides: [...result.content.guides].sort((a, b) => a.order - b.order),
  };
}

// Validated once per process: at build time for static pages, at start-up for the server.
const content = load();

export const getTherapies = (): Therapy[] => content.therapies;
export const getTherapy = (slug: string): Therapy | undefined =>
  content.therapies.find((therapy) => therapy.slug === slug);
export const getGuides = (): Guide[] => content.guides;
export const getGuide = (slug: string): Guide | undefined =>
  content.guides.find((guide) => guide.slug === slug);
export const getSources = () => content.sources;
export const getSource = (id: string) => content.sources.find((source) => source.id === id);
export const getGlossary = () => content.glossary;
export const getTerm = (id: string) => content.glossary.find((term) => term.id === id);
