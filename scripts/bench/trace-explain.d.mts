import type { Phase, TraceSummary } from './trace-summary.mjs';
export function describePhase(phase: Phase): string;
export function explainTrace(summary: TraceSummary): string[];
export function idleLever(networkDoneMs: number | null, atMs: number): string;
