export const BUILD_INPUTS: string[];
export function newestFile(
  paths: readonly string[],
  root?: string,
): { file: string; mtimeMs: number } | null;
export function staleBuild(root?: string): string | null;
