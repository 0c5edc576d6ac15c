/**
 * What the browser receives for one question: the exercise, and for each piece of evidence the
 * facts the feedback shows (who published it, whom they cite, what the other sources say), so
 * the browser never needs the corpus itself. The question screen needs only part of it, which is
 * also served on its own: all a round's first question waits for.
 */
import type { Difficulty, Exercise, ExerciseKind } from '@attribution-lab/exercises';
import type { FigureFacts } from './figure.js';

export interface OtherFigure {
  claimId: string;
  documentId: string;
  reportedBy: string;
  citedSource: string | null;
  /** The figure with its hedge, as written: "about 5,000". */
  figure: string;
  asOf: string;
}

export interface EvidenceContext {
  documentId: string;
  documentTitle: string;
  reportedBy: string;
  language: string;
  /** The claim the evidence proves, resolved; null for a passage that is not a figure. */
  figure: FigureFacts | null;
  /** Every other source's figure for the same topic, in publication order. */
  others: OtherFigure[];
}

export interface QuizItem {
  key: string;
  exercise: Exercise;
  /** One entry per exercise.evidence entry, in the same order. */
  evidence: EvidenceContext[];
}

/**
 * What the question screen shows, and nothing it does not: no answer, explanation or evidence,
 * which the feedback needs and which load while the student reads.
 */
export interface QuizQuestion {
  key: string;
  kind: ExerciseKind;
  prompt: string;
  format: Exercise['format'];
  options: { id: string; label: string }[];
}

export function questionOf({ key, exercise }: QuizItem): QuizQuestion {
  const { kind, prompt, format, options } = exercise;
  return { key, kind, prompt, format, options: options.map(({ id, label }) => ({ id, label })) };
}

export interface IndexEntry {
  key: string;
  kind: ExerciseKind;
  difficulty: Difficulty;
  /** Discernment only: the pair the draw keeps together (whether it is supported stays hidden). */
  pair?: number;
}

/** The list a round is drawn from: enough to pick exercises by seed without loading any. */
export interface ExerciseIndex {
  corpusVersion: string;
  /** In the package's order, which its seeded draw depends on. */
  exercises: IndexEntry[];
}

/** Where one exercise's data is served. */
export const itemPath = (key: string): string => `/data/exercise/${key}.json`;

/** Where one exercise's question alone is served. */
export const questionPath = (key: string): string => `/data/question/${key}.json`;
