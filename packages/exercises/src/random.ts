/**
 * Seeded randomness that gives the same sequence on every machine, so a teacher's link reproduces
 * the same set. A string seed is hashed with 32-bit FNV-1a and drives mulberry32, a small PRNG with
 * a full 2^32 period that is plenty for shuffling a few hundred exercises; neither needs a library.
 */

/** 32-bit FNV-1a over the string's UTF-16 code units: stable, fast, and well spread for short keys. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A generator of floats in [0, 1), from Tommy Ettinger's mulberry32. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const randomFor = (seed: string): Random => mulberry32(hashString(seed));

/** A shuffled copy (Fisher–Yates), leaving the input untouched. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
