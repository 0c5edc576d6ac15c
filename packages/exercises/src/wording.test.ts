/**
 * What a student reads, checked over every exercise of the real corpus: prompts, options,
 * explanations and the notes on passages are plain words for a 15-year-old, with no field name,
 * no record id, no annotator's note and no doubled quotation marks. The texts' own words are theirs
 * (a machine translation's "increaseDay" is quoted as it stands), so only what is not in a text is
 * held to it.
 */
import { corpus } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { allExercises } from './generators.js';

const exercises = allExercises(corpus);
const texts = corpus.documents.map((d) => d.text).join('\n');
const read = exercises.flatMap((e) => [
  e.prompt,
  e.explanation,
  ...e.options.map((o) => o.label),
  ...e.passages.excerpts.flatMap((p) => p.note ?? []),
]);
/** Every match of the pattern in what students read that is not in the texts themselves. */
const ours = (pattern: RegExp) =>
  [...new Set(read.flatMap((s) => s.match(pattern) ?? []))].filter((m) => !texts.includes(m));

describe('what a student reads', () => {
  it('names no field and no record', () => {
    expect(ours(/\b[a-z]+[A-Z]\w*/g)).toEqual([]);
    const ids = [...corpus.claims, ...corpus.statements, ...corpus.flags, ...corpus.documents].map(
      (r) => r.id,
    );
    expect(read.filter((s) => ids.some((id) => s.includes(id)))).toEqual([]);
  });

  it('quotes the words of a text that says a number is not known, never runs them into a sentence', () => {
    const unknown = corpus.claims.filter((c) => c.value === null && c.interpretation !== null);
    expect(unknown.length).toBeGreaterThan(0);
    for (const claim of unknown) {
      const words = claim.numeral.asWritten.toLowerCase();
      const garbled = read.filter((s) => s.toLowerCase().includes(`gives ${words}`));
      expect(garbled, words).toEqual([]);
    }
  });

  it('never doubles a quotation mark', () => {
    // Nested marks (‘“…”’) are not doubled; two quotations back to back read as if they were.
    expect(ours(/[“"]{2}|[”"]{2}|‘‘|’’|[”"] [“"]/g)).toEqual([]);
  });

  it('passes on no annotator’s note', () => {
    const notes = [
      ...corpus.claims.flatMap((c) => [
        c.attribution.cue,
        c.asOf.evidence,
        c.inferred?.evidence,
        c.note,
        c.interpretation,
      ]),
      ...corpus.documents.flatMap((d) => [
        d.published.evidence,
        d.outlet.evidence,
        d.copy.evidence,
      ]),
    ].filter((n): n is string => !!n && n.length > 20 && !texts.includes(n));
    expect(read.filter((s) => notes.some((n) => s.includes(n.replace(/\.$/, ''))))).toEqual([]);
  });

  it('never calls the app’s own commentary what the source says', () => {
    expect(read.filter((s) => /the source says/i.test(s))).toEqual([]);
  });

  it('names a text by its short name, leaving the long description to the page about it', () => {
    const long = corpus.documents.map((d) => d.outlet.description).filter((d) => /[(,]/.test(d));
    expect(read.filter((s) => long.some((d) => s.includes(d)))).toEqual([]);
  });
});
