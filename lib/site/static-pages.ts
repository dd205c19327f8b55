/** Titles and descriptions of the site's own pages, shared by the page, its metadata and its card. */
export const ABOUT_PAGE = {
  path: '/about',
  title: 'About Needlewise: how we write, source and check our pages',
  description:
    'How Needlewise writes, sources and checks its pages, how to tell us about a mistake, our medical disclaimer and our privacy promise: no cookies, no tracking.',
} as const;

export const GLOSSARY_PAGE = {
  path: '/glossary',
  title: 'Glossary',
  description:
    'Plain-language meanings of the medical words used on Needlewise, from trigger point to pneumothorax.',
} as const;
