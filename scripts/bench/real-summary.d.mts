export interface RealRun {
  fcpMs: number | null;
  lcpMs: number | null;
  lcpElement: string | null;
  tbtMs: number | null;
  hydratedMs: number | null;
  hydrationSignal: string;
  tapToQuoteMs: number | null;
  tapNote: string | null;
  errors: string[];
}
export interface RealSummary {
  runs: number;
  median: Record<'fcpMs' | 'lcpMs' | 'tbtMs' | 'hydratedMs' | 'tapToQuoteMs', number | null>;
  lcpElement: string | null;
  hydrationSignal: string | null;
  tapNote: string | null;
  errors: number;
  errorExamples: string[];
  all: RealRun[];
}
export function summarizeRealRuns(runs: readonly RealRun[]): RealSummary;
