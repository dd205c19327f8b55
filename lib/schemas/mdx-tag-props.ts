import { z } from 'zod';
import { ASPECT_KEYS } from './profile-aspects';
import { citationProblem, type QuoteIndex } from './citation';
import { IdSchema } from './common';
import { unknownSetProblem } from './warning-signs';

/** The three levels of care advice, after the NHS pattern. */
export const CARE_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;
export const CareCardLevelSchema = z.enum(CARE_LEVELS, {
  error: (issue) => `"${String(issue.input)}" is not a care level: use ${CARE_LEVELS.join(', ')}`,
});
export type CareLevel = z.infer<typeof CareCardLevelSchema>;

/**
 * Numbers the site's own rules set (reading grade, review interval, how long comments are kept),
 * which a page in content/pages/ states through <SiteValue name="…" /> so it cannot drift from them.
 */
export const SITE_VALUE_NAMES = ['maxGrade', 'maxReviewYears', 'commentRetentionMonths'] as const;
export type SiteValueName = (typeof SITE_VALUE_NAMES)[number];

/** What the tags only a site page uses need: its route loads them and passes them to the map. */
export interface SitePageValues {
  numbers: Record<SiteValueName, number>;
  disclaimer: string;
  /** The inbox for mistakes; null when this copy of the site has none that mail can reach. */
  correctionsEmail: string | null;
  words: { email: string; emailSubject: string; noInbox: string };
}

/** What the props of an MDX component may refer to: the rest of the content. */
export interface MdxContext {
  quotes: QuoteIndex;
  termIds: ReadonlySet<string>;
  therapySlugs: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  /** Every set id in content/warning-signs.yaml. */
  warningSetIds: ReadonlySet<string>;
}

/** A site path (not an outside address) must be a page that exists. */
export function internalLinkProblem(href: string, routes: ReadonlySet<string>): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const path = href.replace(/[?#].*$/, '');
  const page = path.length > 1 ? path.replace(/\/$/, '') : path;
  return routes.has(page) ? undefined : `links to "${href}", which is not a page on this site`;
}

const text = (what: string) =>
  z
    .string({ error: `must be written as ${what}="…" (plain text in quotes)` })
    .trim()
    .min(1, {
      error: `must not be empty: write ${what}="…"`,
    });

const list = (what: string) =>
  z.array(z.string(), { error: `must be a list, like ${what}={["…", "…"]}` });

/** <Cite id quote>: the source must exist and the quote must be one of its own. */
function citeSchema(ctx: MdxContext) {
  return z
    .strictObject({
      id: IdSchema,
      /** The id of one of the source's quotes in content/sources.json. */
      quote: IdSchema.optional(),
    })
    .superRefine((props, issue) => {
      if (props.quote === undefined) {
        const known = [...(ctx.quotes.get(props.id)?.keys() ?? [])];
        issue.addIssue({
          code: 'custom',
          path: ctx.quotes.has(props.id) ? ['quote'] : ['id'],
          message: ctx.quotes.has(props.id)
            ? `has no quote: write <Cite id="${props.id}" quote="…" /> naming the words that back the sentence${known.length ? ` (its quotes: ${known.join(', ')})` : ''}`
            : `unknown source id "${props.id}": add it to content/sources.json or fix the spelling`,
        });
        return;
      }
      const problem = citationProblem({ source: props.id, quote: props.quote }, ctx.quotes);
      if (problem) {
        issue.addIssue({
          code: 'custom',
          path: [ctx.quotes.has(props.id) ? 'quote' : 'id'],
          message: problem,
        });
      }
    });
}

/** <ComparisonTable aspects therapies caption>: known aspects and therapies only. */
function comparisonTableSchema(ctx: MdxContext) {
  return z.strictObject({
    aspects: list('aspects')
      .min(1, { error: 'needs at least one aspect, like aspects={["origin", "focus"]}' })
      .superRefine((keys, issue) => {
        keys.forEach((key, index) => {
          if (!(ASPECT_KEYS as readonly string[]).includes(key)) {
            issue.addIssue({
              code: 'custom',
              path: [index],
              message: `unknown aspect "${key}": use one of ${ASPECT_KEYS.join(', ')}`,
            });
          }
        });
      }),
    therapies: list('therapies')
      .superRefine((slugs, issue) => {
        slugs.forEach((slug, index) => {
          if (!ctx.therapySlugs.has(slug)) {
            issue.addIssue({
              code: 'custom',
              path: [index],
              message: `unknown therapy "${slug}": it must match a file in content/therapies/`,
            });
          }
        });
      })
      .optional(),
    caption: text('caption').optional(),
  });
}

/**
 * The props of every component in the site's one MDX component map (components/mdx/mdx-tag-components.tsx),
 * checked on the syntax tree of each article. Unknown props fail; so do values the component cannot
 * render. `children` is the tag's content, not a prop, and is never checked here.
 */
export function makeMdxPropSchemas(ctx: MdxContext) {
  return {
    Callout: z.strictObject({ title: text('title') }),
    CareCard: z.strictObject({ level: CareCardLevelSchema, title: text('title') }),
    Cite: citeSchema(ctx),
    Term: z.strictObject({
      id: IdSchema.refine((id) => ctx.termIds.has(id), {
        error: (issue) =>
          `unknown glossary term "${String(issue.input)}": add it to content/glossary.json or fix the spelling`,
      }),
    }),
    ComparisonTable: comparisonTableSchema(ctx),
    /** One set of warning signs from content/warning-signs.yaml, shown as its care card. */
    WarningSigns: z.strictObject({
      set: text('set').superRefine((id, issue) => {
        const problem = unknownSetProblem(id, ctx.warningSetIds);
        if (problem) issue.addIssue({ code: 'custom', message: problem });
      }),
    }),
    /** A number from the site's own rules; see SITE_VALUE_NAMES. */
    SiteValue: z.strictObject({
      name: z.enum(SITE_VALUE_NAMES, {
        error: (issue) =>
          `"${String(issue.input)}" is not a site value: use ${SITE_VALUE_NAMES.join(', ')}`,
      }),
    }),
    /** The sentence that gives the address for reporting a mistake (or says there is none). */
    CorrectionsEmail: z.strictObject({}),
    /** The site's full disclaimer, from content/site-text.yaml. */
    Disclaimer: z.strictObject({}),
    /** A place other pages link to (/about#privacy) that keeps its name when a heading changes. */
    Anchor: z.strictObject({ id: IdSchema }),
    /** A link written as JSX rather than Markdown. */
    a: z.looseObject({
      href: z.string({ error: 'needs href="…"' }).superRefine((href, issue) => {
        const problem = internalLinkProblem(href, ctx.routes);
        if (problem) issue.addIssue({ code: 'custom', message: problem });
      }),
    }),
  } satisfies Record<string, z.ZodType>;
}

export type MdxComponentName = keyof ReturnType<typeof makeMdxPropSchemas>;

/** The components an article may use, in the order an editor would look for them. */
export const MDX_COMPONENT_NAMES = [
  'Callout',
  'CareCard',
  'Cite',
  'ComparisonTable',
  'Term',
  'WarningSigns',
  'SiteValue',
  'CorrectionsEmail',
  'Disclaimer',
  'Anchor',
  'a',
] as const satisfies readonly MdxComponentName[];

export const isMdxComponentName = (name: string): name is MdxComponentName =>
  (MDX_COMPONENT_NAMES as readonly string[]).includes(name);

/** How an editor writes a prop's value, for "is missing" messages. */
export const propExample = (prop: string) =>
  prop === 'aspects' ? '={["origin", "focus"]}' : prop === 'therapies' ? '={["…"]}' : '="…"';
