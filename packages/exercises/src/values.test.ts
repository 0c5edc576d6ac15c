import { describe, expect, it } from 'vitest';
import { dayRange, overlaps, valueKey } from './values.js';

describe('dayRange', () => {
  it('covers a whole year, a whole month (leap years included) or one day', () => {
    expect(dayRange('2019')).toEqual({ first: '2019-01-01', last: '2019-12-31' });
    expect(dayRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayRange('2022-02')).toEqual({ first: '2022-02-01', last: '2022-02-28' });
    expect(dayRange('2022-01-20')).toEqual({ first: '2022-01-20', last: '2022-01-20' });
  });

  it('spans an interval from the start of its first date to the end of its last', () => {
    expect(dayRange('2013/2014')).toEqual({ first: '2013-01-01', last: '2014-12-31' });
    expect(dayRange('2022-01-20/2022-01-21')).toEqual({ first: '2022-01-20', last: '2022-01-21' });
  });
});

describe('overlaps', () => {
  it('treats "2019" and "23 March 2019" as possibly the same date, but not "2019" and "2020"', () => {
    expect(overlaps('2019', '2019-03-23')).toBe(true);
    expect(overlaps('2019', '2020')).toBe(false);
    expect(overlaps('2022-01-20/2022-01-21', '2022-01-21')).toBe(true);
  });

  it('compares numbers exactly and never a number with a date', () => {
    expect(overlaps(78, 78)).toBe(true);
    expect(overlaps(78, 80)).toBe(false);
    expect(overlaps(2019, '2019')).toBe(false);
  });
});

describe('valueKey', () => {
  it('keeps the number 2019 and the year 2019 apart', () => {
    expect(valueKey(2019)).not.toBe(valueKey('2019'));
  });
});
