export type LedgerEntry = {
  runner: 'vitest' | 'playwright';
  id: string;
  outcome: 'passed' | 'failed' | 'skipped' | 'flaky';
  mode?: string;
  reason?: string;
  detail?: string;
};
export type Verdict = { passed: number; failed: number; skipped: number; problems: string[] };
export function fromPlaywright(report: unknown): LedgerEntry[];
export function judge(entries: LedgerEntry[]): Verdict;
export function summaryLine(verdict: Pick<Verdict, 'passed' | 'failed' | 'skipped'>): string;
