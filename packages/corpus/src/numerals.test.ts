import { describe, expect, it } from 'vitest';
import { findNumerals, parseNumeral } from './numerals.js';

describe('findNumerals', () => {
  it('finds digits with thousands separators as one numeral', () => {
    expect(findNumerals('housing around 5,000 detainees').map((t) => t.text)).toEqual(['5,000']);
  });

  it('finds number words in any case, and vague quantities', () => {
    expect(
      findNumerals('Two days after, six fighters; dozens fled; Eleven soldiers').map((t) => t.text),
    ).toEqual(['Two', 'six', 'dozens', 'Eleven']);
  });

  it('finds ordinals written as words or with a suffix', () => {
    expect(findNumerals('the third day, the 4th anniversary').map((t) => t.text)).toEqual([
      'third',
      '4th',
    ]);
  });

  it('keeps dates, times and year ranges in one piece', () => {
    expect(
      findNumerals('Status: 01/22/2022 3:17 p.m, between 2013-2014').map((t) => t.text),
    ).toEqual(['01/22/2022', '3:17', '2013-2014']);
  });

  it('finds digits inside a file name, so a name cannot hide a figure', () => {
    expect(findNumerals('406c3147.png').map((t) => t.text)).toEqual(['406', '3147']);
  });

  it('does not take number words inside other words', () => {
    expect(findNumerals('someone, often, tension, anyone')).toEqual([]);
  });

  it('gives offsets that slice back to the numeral', () => {
    const text = 'held 5,000 detainees';
    const [token] = findNumerals(text);
    expect(text.slice(token!.start, token!.end)).toBe('5,000');
  });
});

describe('parseNumeral', () => {
  it.each([
    ['3,500', 3500],
    ['12,000', 12000],
    ['89', 89],
    ['six', 6],
    ['Eleven', 11],
    ['third', 3],
    ['4th', 4],
    ['fifty', 50],
  ])('reads %s as %d', (written, value) => {
    expect(parseNumeral(written)).toEqual({ kind: 'number', value });
  });

  it.each(['dozens', 'Dozens', 'hundreds', 'thousands', 'millions'])(
    'reads %s as committing to no number',
    (written) => {
      expect(parseNumeral(written)).toEqual({ kind: 'vague' });
    },
  );

  it.each([
    ['January 20, 2022', { year: 2022, month: 1, day: 20 }],
    ['23 March 2019', { year: 2019, month: 3, day: 23 }],
    ['November 2021', { year: 2021, month: 11 }],
    ['2019', { year: 2019 }],
    ['01/22/2022', { year: 2022, month: 1, day: 22 }],
    ['January 22', { month: 1, day: 22 }],
  ])('reads %s as a date with only the parts it gives', (written, from) => {
    expect(parseNumeral(written)).toEqual({ kind: 'date', from });
  });

  it('reads a span of days or years as a range', () => {
    expect(parseNumeral('January 20 to 21')).toEqual({
      kind: 'date',
      from: { month: 1, day: 20 },
      to: { month: 1, day: 21 },
    });
    expect(parseNumeral('2013-2014')).toEqual({
      kind: 'date',
      from: { year: 2013 },
      to: { year: 2014 },
    });
  });

  it('reads a bare four-digit number as a count when asked', () => {
    expect(parseNumeral('2019', 'number')).toEqual({ kind: 'number', value: 2019 });
  });

  it('refuses forms it does not know instead of guessing', () => {
    expect(parseNumeral('5.000,5')).toBeNull();
    expect(parseNumeral('many')).toBeNull();
  });
});
