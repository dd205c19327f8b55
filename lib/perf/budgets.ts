/**
 * The HTML gzip budgets of issue 19, in KB (1 KB = 1,024 bytes), by the kind of page.
 *
 * `kilobytes` is issue 19's target. Most pages do not meet it yet: the React payload (the RSC copy
 * of the page that Next sends for hydration) is still about half of each page. Until they do,
 * `ceiling` is what `npm test` holds each kind to: the heaviest page of the kind as measured on
 * 2026-12-07 (after quotes left the pages, then the JSON-LD, needle-drawing, class-name,
 * critical-CSS and citation-markup cuts), plus about 1 KB. A page that grows past it fails;
 * each cut should lower its ceiling towards the target, and a kind that meets its target has
 * ceiling = target.
 */
export interface Budget {
  kind: string;
  kilobytes: number;
  ceiling: number;
}

const BUDGETS: (Budget & { matches: (path: string) => boolean })[] = [
  { kind: 'home', kilobytes: 12, ceiling: 18.5, matches: (path) => path === '/' },
  {
    kind: 'a therapy page',
    kilobytes: 25,
    ceiling: 53.5,
    matches: (path) => /^\/therapies\/[^/]+$/.test(path),
  },
  {
    kind: 'a condition page',
    kilobytes: 22,
    ceiling: 32,
    matches: (path) => /^\/conditions\/[^/]+$/.test(path),
  },
  {
    kind: '/compare or a pair page',
    kilobytes: 25,
    ceiling: 41,
    matches: (path) => path === '/compare' || /^\/compare\/[^/]+-vs-[^/]+$/.test(path),
  },
  { kind: '/sources', kilobytes: 20, ceiling: 21.5, matches: (path) => path === '/sources' },
];

// The guides are the heaviest of the rest (which-is-right-for-you, 45.4 KB).
const OTHER: Budget = { kind: 'any other page', kilobytes: 35, ceiling: 46.5 };

export function budgetFor(path: string): Budget {
  const found = BUDGETS.find((budget) => budget.matches(path));
  return found ? { kind: found.kind, kilobytes: found.kilobytes, ceiling: found.ceiling } : OTHER;
}
