import { defineDocumentType, makeSource, type ComputedFields } from 'contentlayer2/source-files';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { readingStats } from './lib/mdx/readability';
import { headingsOf } from './lib/mdx/prose';

// Contentlayer only checks shapes it can express; lib/content/validate-content.ts adds the real rules
// (cited ids exist, review dates, reading level) and runs before every build.

/** Every page-like file records its checks and its public list of changes. */
const checkFields = {
  lastReviewed: { type: 'string', required: true },
  nextReviewDue: { type: 'string', required: true },
  reviews: { type: 'json', required: true },
  changes: { type: 'json', required: true },
} as const;

const reviewFields = {
  title: { type: 'string', required: true },
  description: { type: 'string', required: true },
  summary: { type: 'string', required: true },
  ...checkFields,
  readingLevel: { type: 'json', required: false },
} as const;

function articleComputedFields(folder: string): ComputedFields {
  return {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
    url: {
      type: 'string',
      resolve: (doc) => `/${folder}/${doc._raw.sourceFileName.replace(/\.mdx$/, '')}`,
    },
    stats: { type: 'json', resolve: (doc) => readingStats(doc.body.raw) },
    headings: { type: 'json', resolve: (doc) => headingsOf(doc.body.raw) },
  };
}

export const Therapy = defineDocumentType(() => ({
  name: 'Therapy',
  filePathPattern: 'therapies/*.mdx',
  contentType: 'mdx',
  fields: {
    ...reviewFields,
    profile: { type: 'json', required: true },
    furtherReading: { type: 'list', of: { type: 'string' }, required: true },
  },
  computedFields: articleComputedFields('therapies'),
}));

export const Guide = defineDocumentType(() => ({
  name: 'Guide',
  filePathPattern: 'guides/*.mdx',
  contentType: 'mdx',
  fields: {
    ...reviewFields,
    order: { type: 'number', required: true },
    therapies: { type: 'list', of: { type: 'string' }, required: true },
    topics: { type: 'list', of: { type: 'string' }, required: true },
    furtherReading: { type: 'list', of: { type: 'string' }, required: false },
  },
  computedFields: articleComputedFields('guides'),
}));

export const Condition = defineDocumentType(() => ({
  name: 'Condition',
  filePathPattern: 'conditions/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    aliases: { type: 'list', of: { type: 'string' }, required: false },
    summary: { type: 'string', required: true },
    description: { type: 'string', required: true },
    ...checkFields,
    readingLevel: { type: 'json', required: false },
    warningSigns: { type: 'list', of: { type: 'string' }, required: true },
    therapies: { type: 'json', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') },
    url: {
      type: 'string',
      resolve: (doc) => `/conditions/${doc._raw.sourceFileName.replace(/\.yaml$/, '')}`,
    },
  },
}));

export const SourceRegistry = defineDocumentType(() => ({
  name: 'SourceRegistry',
  filePathPattern: 'sources.json',
  contentType: 'data',
  isSingleton: true,
  fields: { sources: { type: 'list', of: { type: 'json' }, required: true } },
}));

export const Glossary = defineDocumentType(() => ({
  name: 'Glossary',
  filePathPattern: 'glossary.json',
  contentType: 'data',
  isSingleton: true,
  fields: { terms: { type: 'list', of: { type: 'json' }, required: true } },
}));

/** The site's own pages (about and its editorial policy): words in MDX, checked like an article. */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    heading: { type: 'string', required: true },
    ...checkFields,
    readingLevel: { type: 'json', required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
    url: { type: 'string', resolve: (doc) => `/${doc._raw.sourceFileName.replace(/\.mdx$/, '')}` },
    stats: { type: 'json', resolve: (doc) => readingStats(doc.body.raw) },
    headings: { type: 'json', resolve: (doc) => headingsOf(doc.body.raw) },
  },
}));

/** Health words shown outside articles (helper, home page, footer, notices); see the file's header. */
export const SiteText = defineDocumentType(() => ({
  name: 'SiteText',
  filePathPattern: 'site-text.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    ...checkFields,
    reminders: { type: 'json', required: true },
    helperHints: { type: 'json', required: true },
    disclaimer: { type: 'json', required: true },
    homeShortAnswer: { type: 'json', required: true },
    homeIntro: { type: 'string', required: true },
    overdueNotice: { type: 'json', required: true },
    sourceDetails: { type: 'json', required: true },
    sources: { type: 'json', required: true },
    changeLog: { type: 'json', required: true },
    reviewMeta: { type: 'json', required: true },
    reviewPack: { type: 'json', required: true },
    evidence: { type: 'json', required: true },
    helper: { type: 'json', required: true },
    search: { type: 'json', required: true },
    pages: { type: 'json', required: true },
    interface: { type: 'json', required: true },
    labels: { type: 'json', required: true },
  },
}));

/** The words for each rating and the rating rule in words (lib/schemas/evidence-rule.ts checks it). */
export const EvidenceRule = defineDocumentType(() => ({
  name: 'EvidenceRule',
  filePathPattern: 'evidence-rule.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    heading: { type: 'string', required: true },
    intro: { type: 'string', required: true },
    rule: { type: 'list', of: { type: 'string' }, required: true },
    levels: { type: 'json', required: true },
    size: { type: 'json', required: true },
    certainty: { type: 'json', required: true },
    duration: { type: 'json', required: true },
    noGuideline: { type: 'string', required: true },
    helper: { type: 'json', required: true },
  },
}));

/** Warning signs, defined once: urgencies with their one action, and sets of cited signs. */
export const WarningSignLibrary = defineDocumentType(() => ({
  name: 'WarningSignLibrary',
  filePathPattern: 'warning-signs.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    ...checkFields,
    urgency: { type: 'json', required: true },
    helper: { type: 'list', of: { type: 'string' }, required: true },
    sets: { type: 'list', of: { type: 'json' }, required: true },
  },
}));

export default makeSource({
  // CONTENT_DIR lets the benchmark build a generated copy of the content.
  contentDirPath: process.env.CONTENT_DIR || 'content',
  documentTypes: [
    Therapy,
    Guide,
    Page,
    Condition,
    SourceRegistry,
    Glossary,
    SiteText,
    EvidenceRule,
    WarningSignLibrary,
  ],
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  // We import the generated code through package.json "imports" (#content/generated), not a tsconfig path.
  disableImportAliasWarning: true,
  mdx: {
    remarkPlugins: [remarkGfm],
    // Each heading links to itself, so a reader can copy a link to one section.
    rehypePlugins: [
      rehypeSlug,
      [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-link'] } }],
    ],
  },
});
