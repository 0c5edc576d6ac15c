import { describe, expect, it } from 'vitest';
import { formatScore } from './format.js';

describe('formatScore', () => {
  it('keeps at most two decimals', () => expect(formatScore(2 / 3)).toBe('0.67'));
  it('writes a negative with a minus sign', () => expect(formatScore(-6)).toBe('−6'));
  it('writes a whole number without decimals', () => expect(formatScore(3)).toBe('3'));
});
