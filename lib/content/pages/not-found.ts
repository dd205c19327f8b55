import { getSiteText, getTherapies } from '../store';

/** What the page for an unknown address shows: its words and the therapy pages it points to. */
export function loadNotFoundPage() {
  return {
    words: getSiteText().pages.notFound,
    searchButton: getSiteText().search.button,
    therapies: getTherapies().map(({ slug, url, title }) => ({ slug, url, title })),
  };
}

export type NotFoundPageData = ReturnType<typeof loadNotFoundPage>;
