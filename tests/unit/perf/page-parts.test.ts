import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePart, gzipBytes, pageParts } from '@/lib/perf/page-parts';

const html = readFileSync('tests/fixtures/perf/page.html', 'utf8');

describe('pageParts', () => {
  const parts = pageParts(html);
  const named = (name: string) => parts.find((entry) => entry.name === name);

  it('puts the React payload, the reference list and the JSON-LD in parts of their own', () => {
    expect(parts.map((entry) => entry.name).sort()).toEqual([
      '<article> "Fixture page", outside its own sections',
      '<article> "Fixture page", outside its own sections › "What it is"',
      '<footer> #3',
      '<header> #1, outside its own sections',
      '<main id="main">, outside its own sections',
      '<nav aria-label="Main">',
      '<section id="references">',
      '<table> "Side by side"',
      'JSON-LD (application/ld+json)',
      'React payload (inline self.__next_f.push scripts)',
      'inline critical CSS (<style>)',
      'markup outside every section',
      'other <script> tags',
    ]);
  });

  it('measures each part raw, byte for byte', () => {
    expect(named('React payload (inline self.__next_f.push scripts)')?.rawBytes).toBe(6_740);
    expect(named('inline critical CSS (<style>)')?.rawBytes).toBe(155);
    expect(named('JSON-LD (application/ld+json)')?.rawBytes).toBe(143);
    expect(named('other <script> tags')?.rawBytes).toBe(60);
    expect(named('<section id="references">')?.rawBytes).toBe(3_035);
  });

  it('sorts biggest first by gzip size, and a repetitive part compresses far below its raw size', () => {
    const sizes = parts.map((entry) => entry.gzipBytes);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const payload = named('React payload (inline self.__next_f.push scripts)');
    expect(payload?.gzipBytes).toBeLessThan(1_000);
    expect(payload?.gzipBytes).toBeGreaterThan(200);
  });

  it('describes a part in kilobytes, gzip first', () => {
    expect(describePart({ name: 'React payload', rawBytes: 219_136, gzipBytes: 34_918 })).toBe(
      'React payload: 34.1 KB gzip (214.0 KB raw)',
    );
  });
});

describe('gzipBytes', () => {
  it('is the length of a real gzip stream of the text', () => {
    const text = 'plain words, '.repeat(200);
    const size = gzipBytes(text);
    expect(size).toBeGreaterThan(20);
    expect(size).toBeLessThan(100);
    expect(Buffer.byteLength(text)).toBe(2_600);
  });
});
