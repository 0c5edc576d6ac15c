import { describe, expect, it } from 'vitest';
import * as bundled from './bundled.js';
import { corpus, INTEGRITY_RULES } from './index.js';

describe('the bundled entry (@attribution-lab/corpus/bundled)', () => {
  it('gives the same corpus and integrity rules as the main entry', () => {
    expect(bundled.corpus).toBe(corpus);
    expect(bundled.INTEGRITY_RULES).toBe(INTEGRITY_RULES);
  });

  it('gives the corpus frozen, so no reader can change a figure another relies on', () => {
    expect(Object.isFrozen(bundled.corpus)).toBe(true);
    expect(Object.isFrozen(bundled.corpus.documents[0])).toBe(true);
  });
});
