// What a page's HTML weighs, and how much of it is the React payload: Next writes the RSC payload
// into the HTML as inline `self.__next_f.push(...)` scripts, a second copy of what the markup says.
import { gzipSync } from 'node:zlib';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const EXTERNAL_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;

/** Bytes (UTF-8) of the inline scripts that carry the RSC payload. */
export function rscPayloadBytes(html) {
  let bytes = 0;
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (match[1].includes('self.__next_f.push')) bytes += Buffer.byteLength(match[1]);
  }
  return bytes;
}

/** The HTML's weight: raw and gzip bytes, its RSC payload and that payload's share (0–1). */
export function htmlWeight(html) {
  const raw = Buffer.from(html, 'utf8');
  const rscBytes = rscPayloadBytes(html);
  return {
    htmlRaw: raw.length,
    htmlGzip: gzipSync(raw).length,
    rscBytes,
    rscShare: raw.length ? Math.round((rscBytes / raw.length) * 1000) / 1000 : 0,
  };
}

/** The module scripts a page loads (not the `noModule` fallbacks), as absolute paths or URLs. */
export function scriptSources(html) {
  const sources = [...html.matchAll(EXTERNAL_SCRIPT)]
    .filter((match) => !/\bnoModule\b/i.test(match[0]))
    .map((match) => match[1].replace(/&amp;/g, '&'));
  return [...new Set(sources)];
}

/** Fetches a page and its scripts: status, HTML weight, JavaScript raw and gzip. */
export async function bytesOf(origin, path) {
  const response = await fetch(`${origin}${path}`);
  const html = await response.text();
  const sources = scriptSources(html);
  let jsRaw = 0;
  let jsGzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer());
    jsRaw += body.length;
    jsGzip += gzipSync(body).length;
  }
  return { status: response.status, ...htmlWeight(html), jsFiles: sources.length, jsRaw, jsGzip };
}

export async function sitemapPaths(origin) {
  const xml = await (await fetch(`${origin}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}
