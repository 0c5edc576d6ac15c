import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatOrdinal } from './format.js';

describe('formatNumber', () => {
  it('groups thousands with commas whatever the machine locale', () => {
    expect([5000, 1100, 1234567, 89, 2.5].map(formatNumber)).toEqual([
      '5,000',
      '1,100',
      '1,234,567',
      '89',
      '2.5',
    ]);
  });

  it('writes a negative number with a true minus sign', () => {
    expect(formatNumber(-1200)).toBe('−1,200');
  });
});

describe('formatOrdinal', () => {
  it('writes ordinals the English way, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 102].map(formatOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '102nd',
    ]);
  });
});

describe('formatDate', () => {
  it('writes a date only as precisely as the text gives it', () => {
    expect(['2019', '2021-01', '2022-01-20'].map(formatDate)).toEqual([
      '2019',
      'January 2021',
      '20 January 2022',
    ]);
  });

  it('writes intervals compactly within a month or between years, and in full otherwise', () => {
    expect(formatDate('2022-01-20/2022-01-21')).toBe('20–21 January 2022');
    expect(formatDate('2013/2014')).toBe('2013–2014');
    expect(formatDate('2021-12-30/2022-01-02')).toBe('30 December 2021 to 2 January 2022');
  });
});
