export function median(values: readonly unknown[]): number | null;
export function kb(bytes: number): number;
export function ratio(
  value: number | null | undefined,
  reference: number | null | undefined,
): number | null;
export function totalBlockingTime(
  tasks: readonly { start: number; duration: number }[],
  from: number,
  to: number,
): number;
export function medianOf<K extends string>(
  runs: readonly Partial<Record<K, unknown>>[],
  keys: readonly K[],
): Record<K, number | null>;
