import { describe, expect, it } from 'vitest';
import { compareDates, dateSpanOf, datesOverlap, precisionOf } from './dates.js';

describe('dateSpanOf', () => {
  it('covers a whole year, a whole month (leap years included) or one day', () => {
    expect(dateSpanOf('2019')).toEqual({
      start: '2019-01-01',
      end: '2019-12-31',
      precision: 'year',
    });
    expect(dateSpanOf('2024-02')).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
      precision: 'month',
    });
    expect(dateSpanOf('2022-02')).toEqual({
      start: '2022-02-01',
      end: '2022-02-28',
      precision: 'month',
    });
    expect(dateSpanOf('2022-01-20')).toEqual({
      start: '2022-01-20',
      end: '2022-01-20',
      precision: 'day',
    });
  });

  it('spans an interval from the start of its first date to the end of its last', () => {
    expect(dateSpanOf('2013/2014')).toEqual({
      start: '2013-01-01',
      end: '2014-12-31',
      precision: 'year',
    });
    expect(dateSpanOf('2022-01-20/2022-01-21')).toMatchObject({
      start: '2022-01-20',
      end: '2022-01-21',
    });
  });

  it('gives an interval the precision of its less precise end', () => {
    expect(dateSpanOf('2021-12-30/2022').precision).toBe('year');
    expect(precisionOf('2022-01')).toBe('month');
  });
});

describe('datesOverlap', () => {
  it('treats "2019" and "23 March 2019" as possibly the same date, but not "2019" and "2020"', () => {
    expect(datesOverlap('2019', '2019-03-23')).toBe(true);
    expect(datesOverlap('2019', '2020')).toBe(false);
    expect(datesOverlap('2022-01-20/2022-01-21', '2022-01-21')).toBe(true);
  });
});

describe('compareDates', () => {
  it('puts a date known only to its month after the days of that month it may follow', () => {
    const sorted = ['2022-01', '2022-01-25', '2022-01-22', '2021-11'].sort(compareDates);
    expect(sorted).toEqual(['2021-11', '2022-01-22', '2022-01-25', '2022-01']);
  });

  it('orders dates ending on the same day by their start, the wider first', () => {
    expect(['2022-01-31', '2022-01'].sort(compareDates)).toEqual(['2022-01', '2022-01-31']);
  });
});
