import { describe, expect, it } from 'vitest';
import { firstScreenCss, firstScreenHtml, matchableSelector } from '@/scripts/first-screen.mjs';

const PAGE =
  '<html><head><link rel="stylesheet" href="/a.css"></head><body>' +
  '<header class="site">Needlewise</header>' +
  '<main><h1 class="title">Dry needling</h1>' +
  '<p class="lede">A thin needle in a tight spot.</p>' +
  '<p class="far">Further down the page.</p></main>' +
  '<footer class="foot">Footer</footer>' +
  '<script>self.__next_f.push([1,"a long payload that is not text a reader sees"])</script></body></html>';

describe('firstScreenHtml', () => {
  it('keeps the header and main up to the end of the block where the text budget runs out', () => {
    // "Dry needling" (12) + "A thin needle…" (30) passes 20 inside the lede: cut after </p>.
    expect(firstScreenHtml(PAGE, 20)).toBe(
      '<html><head><link rel="stylesheet" href="/a.css"></head><body>' +
        '<header class="site">Needlewise</header>' +
        '<main><h1 class="title">Dry needling</h1>' +
        '<p class="lede">A thin needle in a tight spot.</p>',
    );
  });

  it('keeps a whole page whose text fits in the budget', () => {
    expect(firstScreenHtml(PAGE, 1_000)).toBe(PAGE);
  });

  it('keeps a page with no <main> whole', () => {
    expect(firstScreenHtml('<html><body><p>Hi</p></body></html>', 1)).toBe(
      '<html><body><p>Hi</p></body></html>',
    );
  });
});

describe('matchableSelector', () => {
  it.each([
    ['.prose :where(blockquote):not(:where([class~=not-prose] *))', '.prose blockquote'],
    [
      '.prose :where(ul > li):not(:where([class~=not-prose],[class~=not-prose] *))::marker',
      '.prose ul > li::marker',
    ],
    ['.rating-badge:is(.text-lg)', '.rating-badge.text-lg'],
    ['.cite-ref:not(.open) .cite-quote', '.cite-ref .cite-quote'],
    ['.site-header a:hover', '.site-header a:hover'],
  ])('reads %s as %s', (selector, matchable) => {
    expect(matchableSelector(selector)).toBe(matchable);
  });

  it('leaves a selector list inside :where() as it is', () => {
    expect(matchableSelector(':where(.dark, .dark *) .card')).toBe(':where(.dark, .dark *) .card');
  });
});

describe('firstScreenCss', () => {
  const CSS =
    '@layer properties{@supports (not (x:y)){*,:before{--tw-border-style:solid;--tw-shadow:0 0 #0000}}}' +
    '@layer theme{:root{--spacing:.25rem;--font-mono:ui-monospace;--default-mono:var(--font-mono)}}' +
    '.p-4{padding:calc(var(--spacing) * 4)}' +
    '.border{border-style:var(--tw-border-style);border-width:1px}' +
    '@media print{.no-print{display:none}}' +
    '@media (min-width:40rem){.sm\\:p-5{padding:1.25rem}}' +
    '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}' +
    '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}';

  it('drops print rules, and the custom properties no kept rule reads, with their registrations', () => {
    expect(firstScreenCss(CSS)).toBe(
      '@layer properties{@supports (not (x:y)){*,:before{--tw-border-style:solid}}}' +
        '@layer theme{:root{--spacing:.25rem}}' +
        '.p-4{padding:calc(var(--spacing) * 4)}' +
        '.border{border-style:var(--tw-border-style);border-width:1px}' +
        '@media (min-width:40rem){.sm\\:p-5{padding:1.25rem}}' +
        '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}',
    );
  });

  it('keeps an emptied layer block, which fixes the order of the layers', () => {
    expect(firstScreenCss('@layer theme{:root{--unused:1px}}.a{color:red}')).toBe(
      '@layer theme{}.a{color:red}',
    );
  });
});
