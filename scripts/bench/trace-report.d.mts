import type { ScriptCost, TraceSummary } from './trace-summary.mjs';
type Cell = string | number | null;
export function phaseRows(phases: TraceSummary['phases']): Cell[][];
export function scriptRows(scripts: readonly ScriptCost[]): Cell[][];
export function traceReport(
  name: string,
  summary: TraceSummary,
  options: { missed: readonly string[]; rawFile: string },
): string;
