export const REAL_BROWSER_TARGETS: {
  lcpMs: number;
  lighthouseLcpMs: number;
  hydratedMs: number;
  tapToQuoteMs: number;
  errors: number;
};
export const RATIO_TARGETS: { home: number; article: number; result: number };
export type Verdict = 'pass' | 'miss' | 'n/a';
export function verdict(
  value: number | null | undefined,
  limit: number | null | undefined,
  options?: { atLeast?: boolean },
): Verdict;
export function marked(
  value: number | null | undefined,
  limit: number | null | undefined,
  options?: { atLeast?: boolean },
): string;
export function loadVerdict(row: {
  kind: string;
  ratio: number | null;
  errors: number;
  non2xx: number;
}): Verdict;
export function missedTargets(
  median: Partial<Record<'lcpMs' | 'hydratedMs' | 'tapToQuoteMs', number | null>>,
): string[];
