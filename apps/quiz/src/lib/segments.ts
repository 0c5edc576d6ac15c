/**
 * Cutting a source text into pieces to render: where figures are marked and which stretch is the
 * quoted sentence, and where Arabic script runs so it can be laid out right to left. Offsets are
 * the corpus's UTF-16 offsets, so a slice of the text is exactly what the corpus annotates.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Figure extends Range {
  /** The claim this figure belongs to; also the anchor a link can jump to. */
  claimId: string;
}

export interface Segment extends Range {
  text: string;
  /** The claim whose figure this piece is, or null for plain text. */
  claimId: string | null;
  /** Whether this piece lies inside the quote being pointed at. */
  inQuote: boolean;
}

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);

/**
 * The text as consecutive pieces, cut at every figure's edges and the quote's edges. Joining the
 * pieces' text gives the input back. Where figures overlap, the one listed first wins.
 */
export function segmentText(
  text: string,
  figures: readonly Figure[],
  quote: Range | null = null,
): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const r of [...figures, ...(quote ? [quote] : [])]) {
    cuts.add(clamp(r.start, text.length));
    cuts.add(clamp(r.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const figure = figures.find((f) => f.start <= start && end <= f.end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      claimId: figure?.claimId ?? null,
      inQuote: quote !== null && quote.start <= start && end <= quote.end,
    });
  }
  return segments;
}

export interface ScriptRun {
  text: string;
  /** True for a run of Arabic script, which must be laid out right to left. */
  rtl: boolean;
}

// Arabic letters and marks, with the spaces and punctuation between Arabic words kept inside
// the run so a phrase of several words stays in right-to-left order.
const ARABIC_RUN =
  /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+(?:[\s\u060c]+[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+)*/g;

/** The text split into left-to-right and right-to-left runs, in reading order of the source. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const m of text.matchAll(ARABIC_RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), rtl: false });
    runs.push({ text: m[0], rtl: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), rtl: false });
  return runs;
}
