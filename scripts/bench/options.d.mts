export interface BenchPage {
  name: string;
  path: string | null;
  kind: 'home' | 'article' | 'index' | 'result';
}
export function selectPages(spec: string | undefined, pages?: readonly BenchPage[]): BenchPage[];
export function sourcePagePath(paths: readonly string[]): string | null;
export interface BenchOptions {
  quick: boolean;
  build: boolean;
  load: boolean;
  lighthouse: boolean;
  scaleOnly: boolean;
  trace: 'off' | 'miss' | 'always';
  pages: BenchPage[];
  lighthouseRuns: number;
  realRuns: number;
  quoteSelector: string | undefined;
  loadDuration: number;
  loadWarmup: number;
  loadConnections: number;
  port: number | undefined;
  scale: number[];
}
export function readOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): BenchOptions;
export function traceMode(
  flags: ReadonlySet<string>,
  env: Readonly<Record<string, string | undefined>>,
  quick: boolean,
): 'off' | 'miss' | 'always';
