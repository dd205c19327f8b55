import type { RealSummary } from './real-summary.mjs';

export interface PageBytes {
  status: number;
  htmlRaw: number;
  htmlGzip: number;
  rscBytes: number;
  rscShare: number;
  jsGzip: number;
}
export interface LighthouseFigures {
  median: Partial<
    Record<
      'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'lcpMs' | 'tbtMs' | 'cls',
      number | null
    >
  >;
}
export interface MeasuredPage {
  name: string;
  bytes: PageBytes;
  real: Pick<RealSummary, 'median' | 'hydrationSignal' | 'errors'>;
  lighthouse?: LighthouseFigures | null;
}
export interface LoadRow {
  name: string;
  kind: string;
  status: number;
  requestsPerSecond: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
  ratioToBare: { requestsPerSecond: number | null; p99: number | null };
  verdict: string;
}
type Cell = string | number | null | undefined;
export const WEIGHT_HEADERS: string[];
export const REAL_HEADERS: string[];
export const LIGHTHOUSE_HEADERS: string[];
export const LOAD_HEADERS: string[];
export function weightRows(pages: readonly Pick<MeasuredPage, 'name' | 'bytes'>[]): Cell[][];
export function realRows(pages: readonly MeasuredPage[]): Cell[][];
export function lighthouseRows(pages: readonly Required<MeasuredPage>[]): Cell[][];
export function loadRows(load: { routes: readonly LoadRow[] }): Cell[][];
