import { describe, expect, it } from 'vitest';
import { spellingOffsets, usesSpelling } from './names.js';

describe('usesSpelling', () => {
  it('finds a spelling that stands as a word of its own', () => {
    expect(usesSpelling('IS attacked the prison', 'IS')).toBe(true);
    expect(usesSpelling('fighters of IS.', 'IS')).toBe(true);
    expect(usesSpelling('the SDF (Syrian Democratic Forces)', 'Syrian Democratic Forces')).toBe(
      true,
    );
  });

  it('does not find it inside a longer word, in any script', () => {
    expect(usesSpelling('ISIS fighters', 'IS')).toBe(false);
    expect(usesSpelling('ÉIS', 'IS')).toBe(false);
    expect(usesSpelling('IS2', 'IS')).toBe(false);
    expect(usesSpelling('الحسكة', 'حسكة')).toBe(false);
  });

  it('treats a combining accent after it as part of the word', () => {
    expect(usesSpelling('IS\u0301', 'IS')).toBe(false);
  });

  it('looks at whole characters beyond the basic plane either side', () => {
    expect(usesSpelling('𝐀IS', 'IS')).toBe(false);
    expect(usesSpelling('IS𝐀', 'IS')).toBe(false);
    expect(usesSpelling('😀IS😀', 'IS')).toBe(true);
  });

  it('keeps looking past a use inside a longer word', () => {
    expect(usesSpelling('ISIS, or IS', 'IS')).toBe(true);
  });

  it('matches exactly as written', () => {
    expect(usesSpelling('is attacked', 'IS')).toBe(false);
  });
});

describe('spellingOffsets', () => {
  it('gives each use as a word of its own, left to right', () => {
    expect(spellingOffsets('IS, ISIS and IS', 'IS')).toEqual([
      { start: 0, end: 2 },
      { start: 13, end: 15 },
    ]);
  });

  it('gives no overlapping uses', () => {
    expect(spellingOffsets('aa aa', 'aa aa')).toEqual([{ start: 0, end: 5 }]);
    expect(spellingOffsets('a a a', 'a a')).toEqual([{ start: 0, end: 3 }]);
  });

  it('is empty when the text does not use it', () => {
    expect(spellingOffsets('ISIS', 'IS')).toEqual([]);
  });
});
