export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
}
export interface TraceMarks {
  url: string;
  lcpMs?: number | null;
  lcpElement?: string | null;
  hydratedMs?: number | null;
  tapAtMs?: number | null;
  tapShownMs?: number | null;
}
export type Phase = { fromMs: number; toMs: number } & Partial<
  Record<
    'parse' | 'script' | 'compile' | 'style' | 'layout' | 'paint' | 'gc' | 'other' | 'idle',
    number
  >
>;
export interface ScriptCost {
  script: string;
  compileMs: number;
  evaluateMs: number;
  totalMs: number;
  gzipBytes: number | null;
  arrivedMs: number | null;
}
export interface UnnamedWork {
  startMs: number;
  durationMs: number;
  otherMs: number;
  around: string | null;
}
export interface Arrivals {
  count: number;
  gzipBytes: number;
  lastByteMs: number | null;
}
export interface TraceSummary {
  url: string;
  document: { firstByteMs: number; lastByteMs: number; gzipBytes: number; rawBytes: number } | null;
  lcp: {
    ms: number | null;
    type: string | null;
    element: string | null;
    resource: { url: string; sentMs: number; lastByteMs: number } | null;
    contentArrivedMs: number | null;
  };
  renderBlocking: Arrivals;
  scriptsDownloaded: Arrivals;
  phases: { lcp: Phase | null; hydrated: Phase | null; tap: Phase | null };
  unnamed: Record<'lcp' | 'hydrated', UnnamedWork | null>;
  scripts: ScriptCost[];
  longTasks: {
    count: number;
    totalMs: number;
    blockingMs: number;
    longest: { startMs: number; durationMs: number; mostly: string | null }[];
  };
  hydration: {
    atMs: number;
    taskStartMs: number | null;
    taskMs: number | null;
    mostly: string | null;
  } | null;
  tapFetches: { url: string; sentMs: number; lastByteMs: number | null; gzipBytes: number }[];
}
export function shortUrl(url: string | null, pageUrl: string): string;
export function summarizeTrace(events: readonly TraceEvent[], marks: TraceMarks): TraceSummary;
