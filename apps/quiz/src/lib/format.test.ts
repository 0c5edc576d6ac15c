import { describe, expect, it } from 'vitest';
import { formatScore, shellWord } from './format.js';

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
