// The one way a content problem is reported, kept apart from the validator so that a reader of a
// small generated file (lib/content/proxy-content.ts) can report its problems the same way
// without pulling in the MDX toolchain.
import type { z } from 'zod';

/** One thing wrong with one document, said so an editor can find and fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, index) =>
        typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
      )
      .join('') || '(document)'
  );
}

/** A Zod error as problems of one file, each naming its field like `sets[2].signs[0].id`. */
export function issuesToProblems(
  file: string,
  error: z.ZodError,
  prefix: PropertyKey[] = [],
): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldName([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
