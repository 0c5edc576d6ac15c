import { describe, expect, it } from 'vitest';
import {
  capitalised,
  countInWords,
  formatScore,
  formatValue,
  hedged,
  shellWord,
} from './format.js';

describe('formatValue', () => {
  it('groups thousands in a count', () => expect(formatValue(5000)).toBe('5,000'));
  it('writes a date only as precisely as the source dated it', () =>
    expect(formatValue('2022-01')).toBe('January 2022'));
  it('says so when a vague word gives no number', () =>
    expect(formatValue(null)).toBe('no exact number'));
});

describe('hedged', () => {
  it('puts the qualifier before the figure', () =>
    expect(hedged('about', '5,000')).toBe('about 5,000'));
  it('leaves an unhedged figure alone', () => expect(hedged('none', 'six')).toBe('six'));
});

describe('formatScore', () => {
  it('keeps at most two decimals', () => expect(formatScore(2 / 3)).toBe('0.67'));
  it('writes a negative with a minus sign', () => expect(formatScore(-6)).toBe('−6'));
  it('writes a whole number without decimals', () => expect(formatScore(3)).toBe('3'));
});

describe('shellWord', () => {
  it('leaves a plain seed alone', () => expect(shellWord('river-7')).toBe('river-7'));
  it('quotes spaces and shell characters', () =>
    expect(shellWord('class 7b $HOME')).toBe("'class 7b $HOME'"));
  it('keeps a quote inside a quoted word', () => expect(shellWord("it's")).toBe(`'it'\\''s'`));
});

describe('countInWords', () => {
  it('writes small counts as words', () => expect(countInWords(5)).toBe('five'));
  it('writes larger counts in digits', () => expect(countInWords(12)).toBe('12'));
});

describe('capitalised', () => {
  it('capitalises the first letter only', () =>
    expect(capitalised('five texts')).toBe('Five texts'));
});
