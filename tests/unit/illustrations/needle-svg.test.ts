import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEEDLE_PALETTE, needleSvg } from '@/lib/illustrations/needle-svg';
import { FIXTURE_PAGES_TEXT } from '../../fixtures/pages-text';

const { needles } = FIXTURE_PAGES_TEXT;

describe('needleSvg', () => {
  const svg = needleSvg(needles);
  const [, style = ''] = /<style>([\s\S]*)<\/style>/.exec(svg) ?? [];
  const drawing = svg.replace(/<style>[\s\S]*<\/style>/, '');

  it('is a standalone SVG file of the drawing’s size, titled and labelled in the content’s words', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 410"/);
    expect(svg).toContain('width="320" height="410"');
    expect(svg).toContain('<title>Fixture Where the needles go</title>');
    const labels = [...drawing.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(labels).toEqual([
      'Fixture Dry needling',
      'Fixture Trigger point',
      'Fixture Taut band of muscle',
      'Fixture Acupuncture',
      'Fixture Points along a meridian',
    ]);
    // One needle into the trigger point, four along the meridian: a thin shaft and a thick handle each.
    const strokes = (width: number) =>
      [...drawing.matchAll(new RegExp(`d="([^"]*)" class="si r" stroke-width="${width}"`, 'g'))]
        .map((match) => match[1]?.match(/M/g)?.length ?? 0)
        .reduce((sum, count) => sum + count, 0);
    expect(strokes(2)).toBe(5);
    expect(strokes(6)).toBe(5);
  });

  it('escapes the words, so a label cannot break the file', () => {
    const file = needleSvg({ ...needles, meridian: 'Points <and> lines & more' });
    expect(file).toContain('>Points &lt;and&gt; lines &amp; more</text>');
  });

  it('paints only with the palette in its own style, light and dark, never a fixed colour in the drawing', () => {
    expect(drawing).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|\bfill="(?!none)|\bstroke="/i);
    expect(style).toContain(
      '--ink:#1c2430;--muted:#4a5565;--line:#d5d9e0;--dn:#0f5c55;--ac:#7a3e9d',
    );
    expect(style).toContain(
      '@media (prefers-color-scheme:dark){svg{--ink:#e8ecf1;--muted:#b4bdc9;--line:#3a4552;--dn:#5fcabd;--ac:#d3a6f0}}',
    );
  });

  it('uses the site’s own colours (app/globals.css), in both schemes', () => {
    const css = readFileSync('app/globals.css', 'utf8');
    const light = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    for (const [scheme, block] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      for (const [name, value] of Object.entries(NEEDLE_PALETTE[scheme])) {
        expect(block, `${scheme} --color-${name}`).toContain(`--color-${name}: ${value};`);
      }
    }
  });
});
