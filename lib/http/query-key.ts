// A query's values carried in one path segment, so a result page can be an ISR route that a CDN
// and Next's own cache key on the address alone. base64url keeps the segment free of `/`, `%`
// and `..`, which a router would otherwise decode or collapse.

/** Longest key we accept back: the proxy never writes one longer, so anything longer is junk. */
export const MAX_KEY_LENGTH = 4096;

export function encodeQueryKey(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The value inside a key, or undefined when the key was not written by encodeQueryKey. */
export function decodeQueryKey(key: string): unknown {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !/^[A-Za-z0-9_-]+$/.test(key)) {
    return undefined;
  }
  try {
    return JSON.parse(Buffer.from(key, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
