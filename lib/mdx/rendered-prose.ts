/**
 * The prose blocks of a rendered page, as the content check reads an MDX body (proseBlocksOf):
 * headings, paragraphs, list items and table cells, one block each, without the words of quotes.
 *
 * Left out, with their text: quotes (`<blockquote>`, `<q>`, anything marked `data-quote`), titles
 * of works (`<cite>`), citation numbers and their popovers (`<sup>`), a glossary term's definition
 * shown on demand (`[role="tooltip"]`, measured with the glossary), and what the reader is not shown (`[hidden]`,
 * `<template>`, `<script>`, `<style>`, `<noscript>`). A block inside another block (a paragraph in
 * a list item) counts once, as itself.
 *
 * Self-contained on purpose: the browser test hands this function to the page
 * (`locator.evaluate`), where nothing outside its body exists.
 */
export function renderedProseBlocks(root: Element): string[] {
  const block = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, caption, figcaption, summary';
  const skipped =
    'blockquote, q, [data-quote], cite, sup, [role="tooltip"], [hidden], template, script, style, noscript';
  const blocks: string[] = [];
  for (const element of Array.from(root.querySelectorAll(block))) {
    if (element.closest(skipped)) continue;
    const own = element.cloneNode(true) as Element;
    own.querySelectorAll(`${block}, ${skipped}`).forEach((inner) => inner.remove());
    const text = (own.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 0) blocks.push(text);
  }
  return blocks;
}
