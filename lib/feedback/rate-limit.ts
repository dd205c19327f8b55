import { createHash, randomBytes } from 'node:crypto';

export const RATE_LIMIT = { posts: 5, windowMs: 60_000 } as const;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Posts per client per minute, counted in memory only. Clients are told apart by a salted hash
 * of their address; the salt is random, lives only in this process, and is replaced (with every
 * counter) when the UTC day changes, so no key can be linked to an address or across days.
 */
export function createRateLimiter(
  limit: { posts: number; windowMs: number } = RATE_LIMIT,
  salt: () => Buffer = () => randomBytes(32),
) {
  let day = '';
  let currentSalt = salt();
  let windows = new Map<string, { start: number; count: number }>();

  const keyOf = (address: string) =>
    createHash('sha256').update(currentSalt).update(address).digest('base64url');

  return {
    check(address: string, now: number): RateDecision {
      const today = new Date(now).toISOString().slice(0, 10);
      if (today !== day) {
        day = today;
        currentSalt = salt();
        windows = new Map();
      }
      const key = keyOf(address);
      const window = windows.get(key);
      if (!window || now - window.start >= limit.windowMs) {
        // Drop finished windows now and then so the map never grows without bound.
        if (windows.size > 10_000) {
          for (const [other, entry] of windows) {
            if (now - entry.start >= limit.windowMs) windows.delete(other);
          }
        }
        windows.set(key, { start: now, count: 1 });
        return { allowed: true };
      }
      if (window.count >= limit.posts) {
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((window.start + limit.windowMs - now) / 1000)),
        };
      }
      window.count += 1;
      return { allowed: true };
    },
    /** For tests: the keys held, proving addresses are never kept as such. */
    keys: () => [...windows.keys()],
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
