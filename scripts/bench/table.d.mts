export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string;
