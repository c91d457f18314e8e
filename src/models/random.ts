/**
 * Seeded randomness, passed into whatever simulates (never Math.random), so every draw can be
 * replayed from its seed.
 *
 * The generator is mulberry32 by Tommy Ettinger (public domain; the JavaScript form is the
 * one collected in bryc's "Pseudorandom number generators", github.com/bryc/code,
 * jshash/PRNGs.md): a 32-bit state, period 2³², passes the gjrand tests according to its
 * author. Two 32-bit outputs make one uniform with 53 random bits. Normals come from the
 * Box–Muller transform (Box & Muller, Ann. Math. Statist. 29, 1958), both variates of a pair
 * being used.
 */

export interface Random {
  /** Uniform on the open interval (0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

/** A generator seeded with any number (its low 32 bits are used). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const uniform = (): number => {
    for (;;) {
      // 27 + 26 bits → an integer below 2^53, scaled to [0, 1); 0 is redrawn.
      const value = ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
      if (value > 0) return value;
    }
  };
  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return { uniform, normal };
}
