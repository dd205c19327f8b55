import { gzipSync } from 'node:zlib';

/**
 * Sizes are gzip at zlib's default level (6), the level `next start` compresses HTML with
 * (Next's `compress` option uses the `compression` middleware's defaults). Each part is compressed
 * on its own, so parts do not add up to the page: they say which part to cut first.
 */
export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8')).length;
}

export interface PagePart {
  /** What the part is, e.g. `React payload (self.__next_f.push)` or `<section id="evidence">`. */
  name: string;
  rawBytes: number;
  gzipBytes: number;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>[\s\S]*?<\/style>/gi;
const SECTIONING = new Set([
  'main',
  'section',
  'article',
  'nav',
  'aside',
  'header',
  'footer',
  'table',
  'form',
]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

function part(name: string, pieces: string[]): PagePart | undefined {
  const text = pieces.join('');
  if (text.length === 0) return undefined;
  return { name, rawBytes: Buffer.byteLength(text, 'utf8'), gzipBytes: gzipBytes(text) };
}

/** Inline and external <script> tags, sorted into the React payload, JSON-LD and the rest. */
function scriptParts(html: string): PagePart[] {
  const payload: string[] = [];
  const jsonLd: string[] = [];
  const other: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const [whole, attributes = '', body = ''] = match;
    if (/type=["']?application\/ld\+json/i.test(attributes)) jsonLd.push(whole);
    else if (body.includes('self.__next_f')) payload.push(whole);
    else other.push(whole);
  }
  return [
    part('React payload (inline self.__next_f.push scripts)', payload),
    part('JSON-LD (application/ld+json)', jsonLd),
    part('other <script> tags', other),
  ].filter((entry) => entry !== undefined);
}

interface Element {
  tag: string;
  attributes: string;
  start: number;
  end: number;
  children: Element[];
}

/** The sectioning elements of well-formed markup (React's output), as a tree. */
function sectioningTree(markup: string): Element[] {
  const roots: Element[] = [];
  const open: Element[] = [];
  for (const match of markup.matchAll(TAG)) {
    const [whole, closing, rawTag, attributes = ''] = match;
    const tag = rawTag?.toLowerCase();
    if (!tag || !SECTIONING.has(tag) || whole.endsWith('/>')) continue;
    if (!closing) {
      const element = { tag, attributes, start: match.index, end: markup.length, children: [] };
      (open.at(-1)?.children ?? roots).push(element);
      open.push(element);
      continue;
    }
    const index = open.findLastIndex((element) => element.tag === tag);
    if (index === -1) continue;
    const [element] = open.splice(index);
    if (element) element.end = match.index + whole.length;
  }
  return roots;
}

const plain = (markup: string) =>
  markup
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** `<section id="evidence">`, else its aria-label, its first heading or caption, its position. */
function labelOf(element: Element, markup: string, position: number): string {
  const id = /\bid="([^"]*)"/.exec(element.attributes)?.[1];
  if (id) return `<${element.tag} id="${id}">`;
  const label = /\baria-label="([^"]*)"/.exec(element.attributes)?.[1];
  if (label) return `<${element.tag} aria-label="${label.slice(0, 60)}">`;
  const heading = /<(h[1-4]|caption)\b[^>]*>([\s\S]*?)<\/\1>/i.exec(
    markup.slice(element.start, element.end),
  )?.[2];
  if (heading) return `<${element.tag}> "${plain(heading).slice(0, 60)}"`;
  return `<${element.tag}> #${position + 1}`;
}

/** Markup of `element` without the markup of the children listed (they are parts of their own). */
function remainder(element: Element, children: Element[], markup: string): string {
  let text = '';
  let at = element.start;
  for (const child of children) {
    text += markup.slice(at, child.start);
    at = child.end;
  }
  return text + markup.slice(at, element.end);
}

/**
 * Markup outside any section, split where each <h2> starts (MDX prose is headings and
 * paragraphs, not sections), so a long article body shows which of its parts is heavy.
 */
function byHeading(name: string, text: string): PagePart[] {
  const chunks = text.split(/(?=<h2\b)/i);
  // An element that opens with its own heading is one part under its own name.
  const [first, second] = chunks;
  if (first !== undefined && second !== undefined && plain(first) === '') {
    chunks.splice(0, 2, first + second);
    if (chunks.length === 1) return [part(name, chunks) as PagePart];
  }
  return chunks
    .map((chunk, index) => {
      const heading = /^<h2\b[^>]*>([\s\S]*?)<\/h2>/i.exec(chunk)?.[1];
      const title = heading ? plain(heading).slice(0, 60) : '';
      const label = heading
        ? name.endsWith(`"${title}"`)
          ? name
          : `${name} › "${title}"`
        : `${name}${index === 0 ? '' : ` #${index + 1}`}`;
      return part(label, [chunk]);
    })
    .filter((entry) => entry !== undefined);
}

/**
 * A sectioning element with sectioning elements inside is opened: its children are parts, and
 * what is left of it is one more part. So a page-wide <article> does not hide its sections.
 */
function sectionParts(markup: string): PagePart[] {
  const parts: PagePart[] = [];
  const visit = (elements: Element[]) =>
    elements.forEach((element, position) => {
      const name = labelOf(element, markup, position);
      if (element.children.length === 0) {
        parts.push(...byHeading(name, markup.slice(element.start, element.end)));
        return;
      }
      const rest = remainder(element, element.children, markup);
      parts.push(...byHeading(`${name}, outside its own sections`, rest));
      visit(element.children);
    });
  const roots = sectioningTree(markup);
  visit(roots);
  const page = { tag: '', attributes: '', start: 0, end: markup.length, children: roots };
  return [...parts, ...byHeading('markup outside every section', remainder(page, roots, markup))];
}

/** Every part of a page, biggest (by gzip) first. */
export function pageParts(html: string): PagePart[] {
  const styles = [...html.matchAll(STYLE)].map((match) => match[0]);
  const markup = html.replace(SCRIPT, '').replace(STYLE, '');
  return [
    ...scriptParts(html),
    part('inline critical CSS (<style>)', styles),
    ...sectionParts(markup),
  ]
    .filter((entry) => entry !== undefined)
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.name.localeCompare(b.name));
}

/** One line per part, e.g. `React payload (…): 34.9 KB gzip (219.3 KB raw)`. */
export function describePart(entry: PagePart): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return `${entry.name}: ${kb(entry.gzipBytes)} gzip (${kb(entry.rawBytes)} raw)`;
}
