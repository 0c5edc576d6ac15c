import { corpus } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { FlagNumbers, flagsInReadingOrder } from './flags.js';
import { documentLabel } from './format.js';

const labelOf = (documentId: string) =>
  documentLabel(
    corpus,
    corpus.documents.find((d) => d.id === documentId)!,
  );

describe('flag numbers', () => {
  it('follow reading order, by text and then by place in the text, not the corpus’s order', () => {
    const order = flagsInReadingOrder(corpus);
    const keys = order.map((f) => [labelOf(f.documentId), f.quote.start] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(order.map((f) => f.id)).not.toEqual(corpus.flags.map((f) => f.id));
  });

  it('mark a figure with a link to each of its flags, lowest number first', () => {
    const flags = new FlagNumbers(corpus);
    const [first, second] = flags.all();
    expect(flags.marks([second!, first!])).toEqual([
      ' ',
      expect.objectContaining({ text: 'F1', linkToDestination: 'flag-1' }),
      ' ',
      expect.objectContaining({ text: 'F2', linkToDestination: 'flag-2' }),
    ]);
  });
});
