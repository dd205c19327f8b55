// The part of a page a reader sees before scrolling, for critical CSS: everything before <main>
// (skip link, site header) and the start of <main> up to FIRST_SCREEN_TEXT characters of text,
// cut where the block holding that point ends. A phone (390 × 844) shows the breadcrumbs, the
// title, the lede and the start of the contents box in about 700 characters; a desktop window
// shows more, so the budget is generous. The cut markup is left unclosed: an HTML parser closes
// it, as browsers do.

import postcss from 'postcss';

export const FIRST_SCREEN_TEXT = 1500;

const TOKEN =
  /<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>|[^<]+/g;
const BLOCK_END = /<\/(?:p|li|h[1-6]|ul|ol|dl|nav|aside|section|header|table|figure|details)>/g;

/** The first screen of `html`, or all of it when it has no <main> or little text. */
export function firstScreenHtml(html, budget = FIRST_SCREEN_TEXT) {
  const main = html.search(/<main\b/);
  if (main === -1) return html;
  TOKEN.lastIndex = main;
  let text = 0;
  for (let token = TOKEN.exec(html); token; token = TOKEN.exec(html)) {
    if (token[0][0] !== '<') text += token[0].replace(/\s+/g, ' ').trim().length;
    if (text < budget) continue;
    BLOCK_END.lastIndex = TOKEN.lastIndex;
    const end = BLOCK_END.exec(html);
    return end ? html.slice(0, end.index + end[0].length) : html;
  }
  return html;
}

/** The end of the balanced group opening at `open` (the index of its "("), or -1. */
function groupEnd(selector, open) {
  let depth = 0;
  for (let index = open; index < selector.length; index += 1) {
    if (selector[index] === '(') depth += 1;
    if (selector[index] === ')') depth -= 1;
    if (depth === 0) return index;
  }
  return -1;
}

/**
 * A selector Beasties can test against the first screen without over-matching. Beasties drops
 * every pseudo-class with all that follows it, so Tailwind Typography's
 * `.prose :where(blockquote):not(:where([class~=not-prose] *))` becomes `.prose` and each of its
 * rules looks used wherever an article starts. Here `:where(x)` and `:is(x)` become `x` (when `x`
 * is one selector) and `:not(…)` is dropped (it only narrows a match), so that rule is kept only
 * if the first screen has a blockquote.
 */
export function matchableSelector(selector) {
  let result = selector;
  for (let at = result.search(/:(?:where|is|not)\(/); at !== -1;) {
    const open = result.indexOf('(', at);
    const close = groupEnd(result, open);
    if (close === -1) return selector;
    const inner = result.slice(open + 1, close);
    const keep = result.startsWith(':not(', at) ? '' : inner;
    if (keep.includes(',')) return selector;
    result = result.slice(0, at) + keep + result.slice(close + 1);
    at = result.search(/:(?:where|is|not)\(/);
  }
  return result;
}

/**
 * The first screen's CSS without what the first screen cannot use. The stylesheet, loading
 * beside it (and applying to print from the start, as media="print"), carries all of it again.
 * - `@media print` blocks: a page is printed with the stylesheet.
 * - `@property` registrations, the starting values Tailwind sets for browsers without
 *   `@property`, and Tailwind's theme variables, of custom properties no kept rule reads
 *   (`--tw-shadow`, `--font-mono` and the like). One that a kept rule reads stays: `.border`
 *   draws nothing without `--tw-border-style: solid`.
 */
export function firstScreenCss(css) {
  const root = postcss.parse(css);
  root.walkAtRules('media', (rule) => {
    if (/^print$/i.test(rule.params.trim())) rule.remove();
  });
  // Until nothing more goes: a theme variable may be read only by another unread one.
  for (let removed = true; removed;) {
    const read = readVariables(root);
    removed = false;
    root.walkDecls((decl) => {
      if (inLayer(decl, ['properties', 'theme']) && !read.has(decl.prop)) {
        decl.remove();
        removed = true;
      }
    });
    root.walkAtRules('property', (rule) => {
      if (!read.has(rule.params.trim())) {
        rule.remove();
        removed = true;
      }
    });
  }
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  // An emptied @layer block stays: it fixes the order of the layers, as the stylesheet's does.
  root.walkAtRules((rule) => {
    if (rule.nodes && rule.nodes.length === 0 && rule.name !== 'layer') rule.remove();
  });
  return root.toString();
}

/** The custom properties some declaration reads, besides the starting values of the unused. */
function readVariables(root) {
  const read = new Set();
  root.walkDecls((decl) => {
    if (inLayer(decl, ['properties'])) return;
    for (const match of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(match[1]);
  });
  return read;
}

/**
 * Whether `decl` is in one of Tailwind's `layers`: `properties` (custom properties' starting
 * values, for browsers without `@property`) or `theme` (its variables: --spacing, --text-lg …).
 */
function inLayer(decl, layers) {
  for (let parent = decl.parent; parent; parent = parent.parent) {
    if (parent.type === 'atrule' && parent.name === 'layer' && layers.includes(parent.params)) {
      return true;
    }
  }
  return false;
}
