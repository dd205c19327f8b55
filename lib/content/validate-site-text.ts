import { quoteIndexOf } from '../schemas/citation';
import { SourceRegistrySchema } from '../schemas/source';
import { makeSiteTextSchema, siteTextProse, type SiteText } from '../schemas/site-text';
import { DEFAULT_MAX_GRADE, readingStats } from '../mdx/readability';
import type { ContentProblem, ValidationOptions } from './validate-content';

/**
 * Checks content/site-text.yaml: its shape, that every cited quote exists (against the registry
 * as given; registry mistakes are reported by validateContent), its reading grade and its review
 * dates (the calendar rules only when `today` is given, as in the build).
 */
export function validateSiteText(
  raw: { file: string; data: unknown },
  sources: unknown,
  options: ValidationOptions = {},
): { ok: true; text: SiteText } | { ok: false; problems: ContentProblem[] } {
  const registry = SourceRegistrySchema.safeParse(sources);
  const quotes = quoteIndexOf(registry.success ? registry.data : []);
  const result = makeSiteTextSchema({ quotes, today: options.today }).safeParse(raw.data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file: raw.file,
        field: issue.path.map((part) => String(part)).join('.') || '(document)',
        message: issue.message,
      })),
    };
  }
  const { grade } = readingStats(siteTextProse(result.data));
  if (grade > DEFAULT_MAX_GRADE) {
    return {
      ok: false,
      problems: [
        {
          file: raw.file,
          field: '(reading level)',
          message: `reads at grade ${grade}, above the ceiling of ${DEFAULT_MAX_GRADE}: use shorter sentences and plainer words`,
        },
      ],
    };
  }
  return { ok: true, text: result.data };
}
