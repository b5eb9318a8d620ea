/**
 * A small seeded pseudo-random generator (mulberry32), so a generated corpus is the same on every
 * machine and every run for the same seed. Not for anything that needs real randomness.
 */

/** A function returning floats in [0, 1), fully determined by `seed`. */
export type Random = () => number;

/** mulberry32: 32-bit state, good enough spread for picking paragraphs, identical everywhere. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max], both inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
