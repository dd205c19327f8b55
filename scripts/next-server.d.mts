import type { ChildProcess } from 'node:child_process';

export interface RunningNext {
  origin: string;
  port: number;
  child: ChildProcess;
  /** Sends `signal` to the server's whole process group (SIGKILL takes it down at once). */
  kill: (signal: NodeJS.Signals) => void;
  /** SIGTERM to the process group. */
  stop: () => void;
  /** What the server wrote to stderr so far, distinct lines: why a 503 happened, say. */
  problems: () => string[];
}

export function startNext(
  cwd?: string,
  options?: { readyPath?: string; port?: number; env?: Record<string, string> },
): Promise<RunningNext>;
export function waitForExit(child: ChildProcess): Promise<void>;
