/**
 * When to try again. GDELT's server answers most requests, but a long fetch meets dropped
 * connections and 5xx answers; each is retried after an exponentially growing pause with
 * "equal jitter" (half the pause fixed, half random), one of the schemes compared in
 * "Exponential Backoff And Jitter" (AWS Architecture Blog,
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/): it keeps the
 * worst-case wait bounded while parallel downloads do not retry in lock-step. The random source
 * is passed in and seeded, so a test sees the same pauses on every run.
 */

export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** Pause before the first retry, before jitter, in milliseconds. */
  baseDelayMs: number;
  /** Upper bound on any pause. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
};

/**
 * The pause before retry number `retry` (1 for the first retry): `min(max, base·2^(retry−1))`,
 * half of it fixed and half drawn from `random` (uniform on [0, 1)). A server's Retry-After, when
 * longer, wins, still capped at the maximum.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  if (retryAfterMs === undefined || retryAfterMs <= jittered) return jittered;
  return Math.min(retryAfterMs, policy.maxDelayMs);
}

/**
 * A small seeded generator: mulberry32, written in 2017 by Tommy Ettinger and dedicated to the
 * public domain (CC0; https://gist.github.com/tommyettinger/46a874533244883189143505d203312c).
 * Uniform on [0, 1); the same sequence for the same seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seconds or an HTTP date in a Retry-After header, as milliseconds from `now`. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A failure worth another attempt: a dropped connection, a 5xx answer, a checksum mismatch. */
export class TransientError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface RetryEffects {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => Date;
}

/**
 * Runs `attempt` until it succeeds, retrying on TransientError after a backoff pause, at most
 * `policy.retries` times; any other error ends at once. When the retries are spent, the last
 * TransientError is thrown with the number of attempts prefixed to its message.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  policy: RetryPolicy,
  effects: RetryEffects,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      if (n > policy.retries) {
        const noun = n === 1 ? 'attempt' : 'attempts';
        throw new TransientError(`${error.message} (after ${n} ${noun})`, undefined, {
          cause: error,
        });
      }
      await effects.sleep(backoffDelay(n, policy, effects.random, error.retryAfterMs));
    }
  }
}

/** The message of an error and of its causes: undici's "fetch failed" hides the useful part. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    parts.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.filter((part, i) => part !== '' && parts.indexOf(part) === i).join(': ');
}
