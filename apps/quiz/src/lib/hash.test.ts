import { describe, expect, it } from 'vitest';
import { hashString } from './hash.js';

describe('hashString', () => {
  it('gives the published FNV-1a values', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});
