import { describe, expect, it } from 'vitest';
import { sameValue, valueKey, valuesOverlap } from './values.js';

describe('valuesOverlap', () => {
  it('treats "2019" and "23 March 2019" as possibly the same date, but not "2019" and "2020"', () => {
    expect(valuesOverlap('2019', '2019-03-23')).toBe(true);
    expect(valuesOverlap('2019', '2020')).toBe(false);
  });

  it('compares numbers exactly and never a number with a date', () => {
    expect(valuesOverlap(78, 78)).toBe(true);
    expect(valuesOverlap(78, 80)).toBe(false);
    expect(valuesOverlap(2019, '2019')).toBe(false);
  });

  it('finds a number inside a range, and ranges that share a part', () => {
    expect(valuesOverlap(75, { low: 70, high: 80 })).toBe(true);
    expect(valuesOverlap({ low: 70, high: 80 }, 81)).toBe(false);
    expect(valuesOverlap({ low: 70, high: 80 }, { low: 80, high: 90 })).toBe(true);
  });
});

describe('sameValue and valueKey', () => {
  it('keep the number 2019, the year 2019 and the range 2019 to 2019 apart', () => {
    const keys = new Set([valueKey(2019), valueKey('2019'), valueKey({ low: 2019, high: 2019 })]);
    expect(keys.size).toBe(3);
  });

  it('call two dates of different precision different values, though they overlap', () => {
    expect(sameValue('2019', '2019-03-23')).toBe(false);
    expect(sameValue({ low: 1, high: 2 }, { low: 1, high: 2 })).toBe(true);
  });
});
