/**
 * The HTML gzip budgets of issue 19, in KB (1 KB = 1,024 bytes), by the kind of page. Every kind
 * meets its budget since the static parts (app/_static/) took each page's body out of the React
 * payload. The closest are the acupuncture page (24.4 of 25 on 2026-12-07) and home (11.1 of
 * 12): a page that grows past its budget fails `npm test` with its three biggest parts.
 */
export interface Budget {
  kind: string;
  kilobytes: number;
}

const BUDGETS: (Budget & { matches: (path: string) => boolean })[] = [
  { kind: 'home', kilobytes: 12, matches: (path) => path === '/' },
  {
    kind: 'a therapy page',
    kilobytes: 25,
    matches: (path) => /^\/therapies\/[^/]+$/.test(path),
  },
  {
    kind: 'a condition page',
    kilobytes: 22,
    matches: (path) => /^\/conditions\/[^/]+$/.test(path),
  },
  {
    kind: '/compare or a pair page',
    kilobytes: 25,
    matches: (path) => path === '/compare' || /^\/compare\/[^/]+-vs-[^/]+$/.test(path),
  },
  { kind: '/sources', kilobytes: 20, matches: (path) => path === '/sources' },
];

// The guides are the heaviest of the rest (which-is-right-for-you, 24.6 KB).
const OTHER: Budget = { kind: 'any other page', kilobytes: 35 };

export function budgetFor(path: string): Budget {
  const found = BUDGETS.find((budget) => budget.matches(path));
  return found ? { kind: found.kind, kilobytes: found.kilobytes } : OTHER;
}
