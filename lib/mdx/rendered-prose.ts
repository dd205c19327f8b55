/**
 * The prose blocks of a rendered page, as the content check reads an MDX body (proseBlocksOf):
 * headings, paragraphs, list items and table cells, one block each, without the words of quotes.
 *
 * Left out, with their text: quotes (`<blockquote>`, `<q>`, anything marked `data-quote` or
 * `data-cite-quote`), titles of works (`<cite>`), citation numbers (`<sup>`), a glossary term's
 * definition shown on demand (`[role="tooltip"]`, measured with the glossary), and what the
 * reader is not shown: `[hidden]`, `<template>`, `<script>`, `<style>`, `<noscript>`, and, in a
 * browser, whatever CSS hides (a list printed only on paper, a closed popover). Without layout
 * (jsdom) every element counts as shown. A block inside another block (a paragraph in a list
 * item) counts once, as itself. Open any <details> first if its words should count.
 *
 * Self-contained on purpose: the browser test hands this function to the page
 * (`locator.evaluate`), where nothing outside its body exists.
 */
export function renderedProseBlocks(root: Element): string[] {
  const block = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, caption, figcaption, summary';
  const skipped = [
    'blockquote, q, [data-quote], [data-cite-quote], cite, sup, [role="tooltip"]',
    '[hidden], template, script, style, noscript',
  ].join(', ');
  const shown = (element: Element) =>
    typeof element.checkVisibility !== 'function' || element.checkVisibility();
  // The block's own words: its text, less nested blocks, skipped and hidden elements.
  const ownText = (element: Element): string =>
    Array.from(element.childNodes)
      .map((child) => {
        if (child.nodeType === 3) return child.textContent ?? '';
        if (child.nodeType !== 1) return '';
        const inner = child as Element;
        return inner.matches(block) || inner.matches(skipped) || !shown(inner)
          ? ''
          : ownText(inner);
      })
      .join('');
  const blocks: string[] = [];
  for (const element of Array.from(root.querySelectorAll(block))) {
    if (element.closest(skipped) || !shown(element)) continue;
    const text = ownText(element).replace(/\s+/g, ' ').trim();
    if (text.length > 0) blocks.push(text);
  }
  return blocks;
}
