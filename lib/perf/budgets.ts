/** The HTML gzip budgets of issue 19, in KB (1 KB = 1,024 bytes), by the kind of page. */
export interface Budget {
  kind: string;
  kilobytes: number;
}

const BUDGETS: { kind: string; kilobytes: number; matches: (path: string) => boolean }[] = [
  { kind: 'home', kilobytes: 12, matches: (path) => path === '/' },
  { kind: 'a therapy page', kilobytes: 25, matches: (path) => /^\/therapies\/[^/]+$/.test(path) },
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

const OTHER: Budget = { kind: 'any other page', kilobytes: 35 };

export function budgetFor(path: string): Budget {
  const found = BUDGETS.find((budget) => budget.matches(path));
  return found ? { kind: found.kind, kilobytes: found.kilobytes } : OTHER;
}
