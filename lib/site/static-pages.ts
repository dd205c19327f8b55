/** The glossary's path; its title and description are in content/site-text.yaml. */
export const GLOSSARY_PATH = '/glossary';

/**
 * The sources index, shared by its page, its metadata and its card. Its words still live here
 * because /sources belongs to another piece of work; they move to content/ with that route.
 */
export const SOURCES_PAGE = {
  path: '/sources',
  title: 'Sources',
  description:
    'Every source Needlewise cites, grouped by publisher, with the words we quote, the day we checked them and the statements that rely on them.',
} as const;
