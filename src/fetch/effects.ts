/**
 * The effects a fetch has on the world, passed in (`fetchGdelt(request, effects)`): the network,
 * the clock, pauses and randomness. The defaults are the real ones; tests pass a recording
 * `sleep` and a seeded `random` so that retries run without waiting and repeat exactly.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { seededRandom } from './retry.js';

export interface FetchEffects {
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => Date;
}

export const defaultEffects: FetchEffects = {
  fetch: (input, init) => globalThis.fetch(input, init),
  sleep: async (ms) => {
    await delay(ms);
  },
  // Seeded per process, so that concurrent fetchers on one machine do not jitter alike.
  random: seededRandom(Date.now() ^ (process.pid << 16)),
  now: () => new Date(),
};
