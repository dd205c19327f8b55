// After `next build`: each prerendered page carries, inline, the CSS rules its first screen uses
// (scripts/first-screen.mjs: the header and the start of <main>), and loads the site stylesheet
// without blocking the first paint (docs/performance.md says why). Below the first screen, the
// page is styled by the stylesheet, which has loaded by the time a reader scrolls.
// The rules are written once, into the HTML only: the React payload keeps pointing at the
// stylesheet file, so client-side navigation and every later page use the cached file.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Beasties from 'beasties';
import { firstScreenCss, firstScreenHtml, matchableSelector } from './first-screen.mjs';

const ROOT = process.cwd();
const APP = join(ROOT, '.next', 'server', 'app');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return entry.endsWith('.html') ? [path] : [];
  });
}

/** Beasties, testing `:where()`/`:is()`/`:not()` selectors by what they select (first-screen.mjs). */
class FirstScreenBeasties extends Beasties {
  normalizeCssSelector(selector) {
    return super.normalizeCssSelector(matchableSelector(selector));
  }
}

const beasties = new FirstScreenBeasties({
  // `/_next/static/…css` in the page is `.next/static/…css` on disk.
  path: join(ROOT, '.next'),
  publicPath: '/_next/',
  // The stylesheet stays in <head> (React looks for it there) as media="print", switched to all
  // when it loads; <noscript> keeps it for readers without JavaScript.
  preload: 'media',
  noscriptFallback: true,
  pruneSource: false,
  mergeStylesheets: true,
  reduceInlineStyles: false,
  inlineFonts: false,
  preloadFonts: false,
  compress: true,
  // Rules whose selector starts with :where(…) (Tailwind's space-y-*, parts of its reset) are
  // dropped by Beasties' matcher; they are few and small, so every page keeps them all.
  allowRules: [/^:where\(/],
  logLevel: 'warn',
});

const files = htmlFiles(APP);
let before = 0;
let after = 0;
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('rel="stylesheet"')) continue;
  // Beasties matches rules against the first screen only; it changes nothing but <head> (the
  // inline <style>, the stylesheet's media switch, the <noscript> link), so that head is put in
  // front of the page's own, whole body.
  const critical = await beasties.process(firstScreenHtml(html));
  const headEnd = critical.indexOf('</head>');
  const bodyStart = html.indexOf('</head>');
  if (headEnd === -1 || bodyStart === -1) {
    throw new Error(`${relative(ROOT, file)}: no </head> to put the critical CSS before`);
  }
  const head = critical
    .slice(0, headEnd)
    .replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) => {
      return open + firstScreenCss(css) + close;
    });
  const processed = head + html.slice(bodyStart);
  if (!processed.includes('<style')) {
    throw new Error(`${relative(ROOT, file)}: no critical CSS could be inlined`);
  }
  writeFileSync(file, processed);
  before += Buffer.byteLength(html);
  after += Buffer.byteLength(processed);
}
console.log(
  `Critical CSS inlined into ${files.length} prerendered pages (${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB of HTML).`,
);
