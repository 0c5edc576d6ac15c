/**
 * Flags as the briefing numbers them: in reading order, by text (000, 001…) and then by where the
 * flagged passage starts in it, so F1, F2… follow one another down the annex. A marker beside a
 * figure links to its flag.
 */
import {
  QUESTIONING_FLAGS,
  type Corpus,
  type Flag,
  type TopicReport,
} from '@attribution-lab/corpus/queries';
import type { Inline } from 'pdfmake';
import { COLOURS } from '@attribution-lab/worksheet';
import { documentLabel } from './format.js';

export function flagsInReadingOrder(corpus: Corpus): Flag[] {
  const label = new Map(corpus.documents.map((d) => [d.id, documentLabel(corpus, d)]));
  return [...corpus.flags].sort(
    (a, b) =>
      label.get(a.documentId)!.localeCompare(label.get(b.documentId)!) ||
      a.quote.start - b.quote.start,
  );
}

export const flagAnchor = (n: number): string => `flag-${n}`;

/** The flags of a briefing, numbered once in reading order. */
export class FlagNumbers {
  private readonly order: Flag[];
  private readonly numbers: Map<string, number>;

  constructor(corpus: Corpus) {
    this.order = flagsInReadingOrder(corpus);
    this.numbers = new Map(this.order.map((f, i) => [f.id, i + 1]));
  }

  /** Every flag, F1 first. */
  all(): readonly Flag[] {
    return this.order;
  }

  number(flag: Flag): number {
    return this.numbers.get(flag.id)!;
  }

  /** " F9 F11": a linked marker for each flag, to follow a figure. */
  marks(flags: readonly Flag[]): Inline[] {
    return [...flags]
      .sort((a, b) => this.number(a) - this.number(b))
      .flatMap((flag) => {
        const n = this.number(flag);
        return [
          ' ',
          {
            text: `F${n}`,
            bold: true,
            fontSize: 6.5,
            color: COLOURS.warning,
            linkToDestination: flagAnchor(n),
          },
        ];
      });
  }

  /** Markers for the flags that call a report's value into question (not a translation slip). */
  questioning(report: TopicReport): Inline[] {
    return this.marks(report.flags.filter((f) => QUESTIONING_FLAGS.includes(f.kind)));
  }
}
