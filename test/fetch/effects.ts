/** Test effects for fetches: the real network (to 127.0.0.1), pauses recorded instead of waited. */
import type { FetchEffects } from '../../src/fetch/effects.js';
import { seededRandom } from '../../src/fetch/retry.js';

export function testEffects(now = new Date('2026-01-01T00:00:00Z')) {
  const sleeps: number[] = [];
  const effects: FetchEffects = {
    fetch: (input, init) => globalThis.fetch(input, init),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: seededRandom(42),
    now: () => now,
  };
  return { effects, sleeps };
}
