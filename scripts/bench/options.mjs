// What a bench run measures: the pages (by name, BENCH_PAGES) and how hard, read from the
// command line and the environment. Pure: main() passes process.argv and process.env in.

/** The pages issue 19 names, in the order the tables print them. `kind` picks the ratio target. */
const PAGES = [
  { name: 'home', path: '/', kind: 'home' },
  { name: 'therapy', path: '/therapies/dry-needling', kind: 'article' },
  { name: 'condition', path: '/conditions/low-back-pain', kind: 'article' },
  { name: 'compare', path: '/compare', kind: 'article' },
  { name: 'pair', path: '/compare/acupuncture-vs-dry-needling', kind: 'article' },
  { name: 'sources', path: '/sources', kind: 'index' },
  // A source's own page exists once issue 19 lands; its path is taken from the sitemap.
  { name: 'source', path: null, kind: 'index' },
  {
    name: 'helper',
    path: '/which-is-right-for-me?show=answer&bother=muscle-strains&want=targeted',
    kind: 'result',
  },
  { name: 'search', path: '/search?q=needle', kind: 'result' },
];

const QUICK_PAGES = ['home', 'therapy', 'source', 'helper'];

/** The pages named in `spec` ("home,therapy"), in PAGES order; a wrong name is an error. */
export function selectPages(spec, pages = PAGES) {
  if (!spec) return pages;
  const wanted = spec
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const known = new Set(pages.map((page) => page.name));
  const unknown = wanted.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new Error(
      `BENCH_PAGES: no page named ${unknown.join(', ')}; the pages are ${[...known].join(', ')}.`,
    );
  }
  return pages.filter((page) => wanted.includes(page.name));
}

/** The first `/sources/<id>` page in the sitemap, or null while there is none. */
export function sourcePagePath(paths) {
  return paths.find((path) => /^\/sources\/[^/]+$/.test(path)) ?? null;
}

const TRACE_MODES = ['off', 'miss', 'always'];

/**
 * The trace mode: BENCH_TRACE (off, miss, always) if set; else `--trace` traces the pages that
 * miss a target, `--no-trace` none; a full run traces the misses, a quick run nothing.
 */
export function traceMode(flags, env, quick) {
  const named = env.BENCH_TRACE?.trim();
  if (named) {
    if (!TRACE_MODES.includes(named))
      throw new Error(`BENCH_TRACE: "${named}" is not one of ${TRACE_MODES.join(', ')}.`);
    return named;
  }
  if (flags.has('--no-trace')) return 'off';
  return flags.has('--trace') || !quick ? 'miss' : 'off';
}

const numberOr = (text, fallback) => (text === undefined || text === '' ? fallback : Number(text));

export function readOptions(argv, env) {
  const flags = new Set(argv);
  const quick = flags.has('--quick');
  return {
    quick,
    build: !flags.has('--no-build') && !quick,
    load: !flags.has('--no-load'),
    lighthouse: !flags.has('--no-lighthouse'),
    scaleOnly: flags.has('--scale-only'),
    trace: traceMode(flags, env, quick),
    pages: selectPages(env.BENCH_PAGES ?? (quick ? QUICK_PAGES.join(',') : '')),
    lighthouseRuns: numberOr(env.BENCH_RUNS, quick ? 1 : 3),
    realRuns: numberOr(env.BENCH_REAL_RUNS, quick ? 3 : 5),
    quoteSelector: env.BENCH_QUOTE_SELECTOR || undefined,
    loadDuration: numberOr(env.BENCH_LOAD_DURATION, quick ? 5 : 10),
    loadWarmup: numberOr(env.BENCH_LOAD_WARMUP, quick ? 1 : 2),
    loadConnections: numberOr(env.BENCH_LOAD_CONNECTIONS, 50),
    port: env.BENCH_PORT ? Number(env.BENCH_PORT) : undefined,
    scale:
      flags.has('--no-scale') || quick
        ? []
        : (env.BENCH_SCALE ?? '10,100,1000').split(',').filter(Boolean).map(Number),
  };
}
