// The part of a page a reader sees before scrolling, for critical CSS: everything before <main>
// (skip link, site header) and the start of <main> up to FIRST_SCREEN_TEXT characters of text,
// cut where the block holding that point ends. A phone (390 × 844) shows the breadcrumbs, the
// title, the lede and the start of the contents box in about 700 characters; a desktop window
// shows more, so the budget is generous. The cut markup is left unclosed: an HTML parser closes
// it, as browsers do.

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
