// What proxy.ts reads: the file the build wrote for it (lib/content/proxy-data.ts), bundled into
// the proxy at build time and checked on first use. A missing file fails the build: run
// `npm run content` (which writes it) before `next build` or `next dev`.
import data from '../../.contentlayer/proxy-data.json';
import { parseProxyData, type ProxyData } from './proxy-data';

let checked: ProxyData | undefined;

/** The proxy's content, checked once per process. */
export function proxyContent(): ProxyData {
  checked ??= parseProxyData(data);
  return checked;
}
