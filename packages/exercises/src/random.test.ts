import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, randomFor, shuffled } from './random.js';

describe('hashString', () => {
  it('is 32-bit FNV-1a, matching the published test vectors', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('stays in [0, 1) and spreads evenly over ten buckets', () => {
    const draws = Array.from({ length: 10_000 }, mulberry32(7));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const buckets = new Array(10).fill(0);
    for (const x of draws) buckets[Math.floor(x * 10)]++;
    for (const count of buckets) expect(count).toBeGreaterThan(900);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffled(input, randomFor('seed'));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shuffles the same way for the same seed string', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, randomFor('river-7'))).toEqual(shuffled(items, randomFor('river-7')));
    expect(shuffled(items, randomFor('river-7'))).not.toEqual(
      shuffled(items, randomFor('river-8')),
    );
  });
});
