import { z } from 'zod';
import { IdSchema, NonEmptyText } from './common';
import { reviewFields } from './review';

/** Frontmatter every patient-facing article shares, therapy or guide. */
export const articleFields = {
  slug: IdSchema,
  title: NonEmptyText,
  description: z
    .string()
    .trim()
    .min(50)
    .max(170, 'must be at most 170 characters for search results'),
  summary: NonEmptyText,
  ...reviewFields,
};
