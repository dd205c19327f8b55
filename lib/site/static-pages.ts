/** The glossary's path; its title and description are in content/site-text.yaml. */
export const GLOSSARY_PATH = '/glossary';
