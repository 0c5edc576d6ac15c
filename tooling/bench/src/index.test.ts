import { describe, expect, it } from 'vitest';
import { median, summarise } from './index.ts';

describe('median', () => {
  it('is the middle value of an odd number of samples', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('is the mean of the two middle values of an even number of samples', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('summarise', () => {
  it('keeps the spread beside the median', () => {
    expect(summarise('x', 'ms', [3, 1, 2])).toEqual({
      name: 'x',
      unit: 'ms',
      median: 2,
      min: 1,
      max: 3,
      runs: 3,
    });
  });
});
