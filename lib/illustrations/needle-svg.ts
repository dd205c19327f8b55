import type { NeedleIllustrationText } from '../schemas/text/pages-text';

/** Where the drawing is served (app/needles.svg/route.ts), built once from content/site-text.yaml. */
export const NEEDLE_ILLUSTRATION_PATH = '/needles.svg';
export const NEEDLE_ILLUSTRATION_SIZE = { width: 320, height: 410 } as const;

/**
 * The site's colours (app/globals.css, :root) the drawing uses. An <img> cannot read the page's
 * CSS variables, so the file carries them, for the light and the dark scheme.
 */
export const NEEDLE_PALETTE = {
  light: { ink: '#1c2430', muted: '#4a5565', line: '#d5d9e0', dn: '#0f5c55', ac: '#7a3e9d' },
  dark: { ink: '#e8ecf1', muted: '#b4bdc9', line: '#3a4552', dn: '#5fcabd', ac: '#d3a6f0' },
} as const;

// The page's own font stack (Tailwind's font-sans), so the labels look as they did inline.
const FONT = 'system-ui,-apple-system,Segoe UI,Roboto,Noto Sans,Helvetica Neue,Arial,sans-serif';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function style(): string {
  const vars = (colours: Record<string, string>) =>
    Object.entries(colours)
      .map(([name, value]) => `--${name}:${value}`)
      .join(';');
  return [
    `svg{${vars(NEEDLE_PALETTE.light)}}`,
    `@media (prefers-color-scheme:dark){svg{${vars(NEEDLE_PALETTE.dark)}}}`,
    // Paper is white whatever the screen's scheme, as for the page (globals.css, @media print).
    `@media print{svg{${vars(NEEDLE_PALETTE.light)}}}`,
    '.fi{fill:var(--ink)}.fl{fill:var(--line)}.fd{fill:var(--dn)}.fa{fill:var(--ac)}',
    '.si{stroke:var(--ink)}.sm{stroke:var(--muted)}.sl{stroke:var(--line)}.sd{stroke:var(--dn)}',
    '.sa{stroke:var(--ac)}.r{stroke-linecap:round}.n{fill:none}',
  ].join('');
}

const text = (x: number, y: number, className: string, words: string, bold = false) =>
  `<text x="${x}" y="${y}" class="${className}" font-size="${bold ? 18 : 15}"${
    bold ? ' font-weight="700"' : ''
  }>${escapeXml(words)}</text>`;

/** A needle: its thin shaft down to (x2, y2) and the thick handle above it. */
const needle = (shaft: string, handle: string) =>
  `<path d="${shaft}" class="si r" stroke-width="2"/><path d="${handle}" class="si r" stroke-width="6"/>`;

/** Dry needling: a muscle with one taut band and a trigger point in it. */
function dryNeedlingPanel(words: NeedleIllustrationText): string {
  const fibres = [108, 120, 144, 152].map((y) => `M28 ${y}Q160 ${y - 6} 292 ${y}`).join('');
  return [
    text(16, 24, 'fd', words.dryNeedling, true),
    '<rect x="16" y="78" width="288" height="12" rx="6" class="fl"/>',
    '<path d="M16 96Q160 84 304 96L304 160Q160 176 16 160Z" class="fd sd" fill-opacity="0.1" stroke-width="1.5"/>',
    `<path d="${fibres}" class="sm n" stroke-opacity="0.45" stroke-width="1.2"/>`,
    '<path d="M28 132Q160 126 292 132" class="sd n r" stroke-width="9" stroke-opacity="0.45"/>',
    '<circle cx="182" cy="129" r="15" class="sd n" stroke-width="1.5" stroke-dasharray="3 3"/>',
    '<circle cx="182" cy="129" r="7.5" class="fd"/>',
    needle('M168 44L180 124', 'M164 18L168.5 47'),
    '<path d="M214 60L192 117M60 176L60 136" class="si" stroke-width="1"/>',
    text(206, 54, 'fi', words.triggerPoint),
    text(16, 192, 'fi', words.tautBand),
  ].join('');
}

const ACUPUNCTURE_POINTS = [80, 140, 200, 260];

/** Acupuncture: several needles at points along a meridian line. */
function acupuncturePanel(words: NeedleIllustrationText): string {
  const points = ACUPUNCTURE_POINTS.map((x) => ({ x, y: 334 - 12 * (1 - ((x - 160) / 124) ** 2) }));
  return [
    '<path d="M16 214L304 214" class="sl" stroke-width="1"/>',
    text(16, 246, 'fa', words.acupuncture, true),
    '<rect x="16" y="300" width="288" height="64" rx="32" class="fa sa" fill-opacity="0.1" stroke-width="1.5"/>',
    '<path d="M36 334Q160 322 284 334" class="sa n" stroke-width="2.5" stroke-dasharray="7 5"/>',
    needle(
      points.map(({ x, y }) => `M${x} 270L${x} ${y - 2}`).join(''),
      points.map(({ x }) => `M${x} 258L${x} 272`).join(''),
    ),
    ...points.map(({ x, y }) => `<circle cx="${x}" cy="${y}" r="5" class="fa"/>`),
    text(16, 392, 'fi', words.meridian),
  ].join('');
}

/**
 * Where each therapy puts its needles, as an SVG file: two stacked panels, so it stays legible at
 * phone width. Served as a file, the drawing is not sent twice with every page that shows it (in
 * the HTML and in the React payload); its title and description stay in the page, as the image's
 * alt text and description.
 */
export function needleSvg(words: NeedleIllustrationText): string {
  const { width, height } = NEEDLE_ILLUSTRATION_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}">`,
    `<title>${escapeXml(words.title)}</title>`,
    `<style>${style()}</style>`,
    dryNeedlingPanel(words),
    acupuncturePanel(words),
    '</svg>',
  ].join('');
}
