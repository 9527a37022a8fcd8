/**
 * A tiny in-process token bucket per client address. Each client may burst up to `capacity` requests, then gets
 * `refillPerSecond` more each second. Buckets idle long enough to be full again are dropped, so memory stays
 * bounded by the number of active clients.
 */
export interface RateLimitOptions {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

/** WHY these numbers: a page load makes a handful of API calls; 120 lets an analyst click around freely while a
 * runaway script is slowed to 30 requests a second. Ingest is heavier work, so it gets its own, smaller bucket. */
export const DEFAULT_RATE_LIMITS: Readonly<{ read: RateLimitOptions; ingest: RateLimitOptions }> = {
  read: { capacity: 120, refillPerSecond: 30 },
  ingest: { capacity: 20, refillPerSecond: 2 },
};

export interface RateLimiter {
  /** Takes one token for `key`; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number;
}

export function createRateLimiter(opts: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  if (!(opts.capacity > 0) || !(opts.refillPerSecond > 0)) {
    throw new Error('sitrep: rate limit capacity and refillPerSecond must be positive numbers');
  }
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();
  const fullAfterMs = (opts.capacity / opts.refillPerSecond) * 1000;
  return {
    take(key) {
      const t = now();
      if (t - lastSweep > fullAfterMs) {
        for (const [k, b] of buckets) if (t - b.at > fullAfterMs) buckets.delete(k);
        lastSweep = t;
      }
      const b = buckets.get(key) ?? { tokens: opts.capacity, at: t };
      b.tokens = Math.min(opts.capacity, b.tokens + ((t - b.at) / 1000) * opts.refillPerSecond);
      b.at = t;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - b.tokens) / opts.refillPerSecond);
    },
  };
}
