import { describe, expect, it } from 'vitest';
import {
  capitalise,
  countInWords,
  countOf,
  FLAG_KIND_WORDS,
  QUALIFIER_MEANINGS,
  reportedAs,
  valueInWords,
  withQualifier,
  withUnit,
} from './wording.js';
import { FlagKind, Qualifier } from './schema.js';

describe('valueInWords', () => {
  it('groups thousands in a count', () => expect(valueInWords(5000)).toBe('5,000'));
  it('writes a date only as precisely as the source dated it', () =>
    expect(valueInWords('2022-01')).toBe('January 2022'));
  it('writes a range from its low to its high', () =>
    expect(valueInWords({ low: 70, high: 80 })).toBe('70 to 80'));
  it('says so when the text gives no number', () =>
    expect(valueInWords(null)).toBe('no number given'));
});

describe('reportedAs', () => {
  it('puts the qualifier before the figure as the text writes it', () =>
    expect(reportedAs({ qualifier: 'about', numeral: { asWritten: '5,000' } })).toBe(
      'about 5,000',
    ));
  it('leaves an unhedged figure alone', () => expect(withQualifier('none', 'six')).toBe('six'));
});

describe('the words for the corpus’s codes', () => {
  it('name every kind of flag and give every qualifier a meaning', () => {
    expect(Object.keys(FLAG_KIND_WORDS).sort()).toEqual([...FlagKind.options].sort());
    expect(Object.keys(QUALIFIER_MEANINGS).sort()).toEqual([...Qualifier.options].sort());
  });

  it('capitalise the first letter only', () =>
    expect(capitalise('an unnamed outlet')).toBe('An unnamed outlet'));
});

describe('counts', () => {
  it('write a small count in words and a large one in digits', () => {
    expect([0, 1, 5, 10, 11].map(countInWords)).toEqual(['no', 'one', 'five', 'ten', '11']);
  });

  it('put the noun in the singular for one', () => {
    expect(countOf(1, 'topic')).toBe('1 topic');
    expect(countOf(3, 'figure')).toBe('3 figures');
    expect(countOf(1200, 'person', 'people')).toBe('1,200 people');
  });
});

describe('withUnit', () => {
  it('writes the unit as the corpus gives it, in the plural, for any number but one', () => {
    expect(withUnit(5000, 'detainees')).toBe('5,000 detainees');
    expect(withUnit(6, 'weeks')).toBe('6 weeks');
  });

  it('puts the first word of the unit in the singular for one', () => {
    expect(withUnit(1, 'firefighters')).toBe('1 firefighter');
    expect(withUnit(1, 'years of age')).toBe('1 year of age');
    expect(withUnit(1, 'people')).toBe('1 person');
  });
});
