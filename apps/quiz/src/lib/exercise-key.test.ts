import { describe, expect, it } from 'vitest';
import { exerciseKey } from './exercise-key.js';

describe('exerciseKey', () => {
  it('is seven letters and digits, safe for any file system or host', () => {
    expect(exerciseKey('figure-to-outlet:prison-population=n3500:e0x1x2')).toMatch(/^[a-z0-9]{7}$/);
  });

  it('is the same for the same id every time', () => {
    expect(exerciseKey('timeline:order')).toBe(exerciseKey('timeline:order'));
  });
});
