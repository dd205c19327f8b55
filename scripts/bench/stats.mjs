// Pure arithmetic the benchmark's figures rest on: medians, ratios, blocking time.

/** The median of the numbers in `values` (anything not a finite number is left out), or null. */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bytes as KB with one decimal. */
export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** `value / reference` to two decimals, or null when either is missing. */
export const ratio = (value, reference) =>
  Number.isFinite(value) && reference ? Math.round((value / reference) * 100) / 100 : null;

/**
 * Total blocking time as Lighthouse defines it: each long task is clipped to [from, to] and counts
 * for the part of it beyond 50 ms.
 */
export function totalBlockingTime(tasks, from, to) {
  let total = 0;
  for (const task of tasks) {
    const start = Math.max(task.start, from);
    const end = Math.min(task.start + task.duration, to);
    if (end - start > 50) total += end - start - 50;
  }
  return Math.round(total);
}

/** One figure per key: the median over the runs, rounded (null where no run measured it). */
export function medianOf(runs, keys) {
  return Object.fromEntries(
    keys.map((key) => {
      const value = median(runs.map((run) => run[key]));
      return [key, value === null ? null : Math.round(value)];
    }),
  );
}
