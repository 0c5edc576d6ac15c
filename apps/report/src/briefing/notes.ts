/**
 * Numbered citations. The first time a section cites a claim it gets the next number, and every
 * later mention reuses it, so the notes at the end list each quote once, in reading order.
 */
import type { Inline, TextNode } from 'pdfmake';
import { COLOURS } from '@attribution-lab/worksheet';

export class Notes {
  private readonly numbers = new Map<string, number>();

  /** The note number of a claim, assigning the next one on first citation. */
  cite(claimId: string): number {
    let n = this.numbers.get(claimId);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(claimId, n);
    }
    return n;
  }

  /** Claim ids in note order. */
  cited(): string[] {
    return [...this.numbers.keys()];
  }
}

export const noteAnchor = (n: number): string => `note-${n}`;

/** Runs of consecutive numbers: [3, 4, 5, 9] → [[3, 5], [9, 9]]. */
function runsOf(numbers: readonly number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/**
 * Raised note numbers for the claims, citing each: "3–5,9", every part a link to its first note,
 * so two notes side by side never read as one number. (Each part is raised itself: pdfmake does
 * not pass `sup` down to the inlines of a nested text.)
 */
export function noteRefs(notes: Notes, claimIds: readonly string[]): TextNode[] {
  const raised = { sup: true, color: COLOURS.accent };
  return runsOf(claimIds.map((id) => notes.cite(id))).flatMap(([from, to], i): TextNode[] => [
    ...(i ? [{ text: ',', ...raised }] : []),
    {
      text: from === to ? String(from) : `${from}–${to}`,
      linkToDestination: noteAnchor(from),
      ...raised,
    },
  ]);
}

/** "notes 3–5, 9": note numbers in order, runs collapsed, each part a link to its first note. */
export function noteList(numbers: readonly number[]): Inline[] {
  const sorted = [...new Set(numbers)];
  const parts = runsOf(numbers).map(([from, to]): Inline => ({
    text: from === to ? String(from) : `${from}–${to}`,
    linkToDestination: noteAnchor(from),
  }));
  return [
    sorted.length === 1 ? 'note ' : 'notes ',
    ...parts.flatMap((p, i) => (i ? [', ', p] : [p])),
  ];
}
