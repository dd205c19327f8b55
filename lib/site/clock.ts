/** A calendar day as YYYY-MM-DD (UTC). Callers pass `now` so tests and pages share one clock. */
export const isoDay = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
