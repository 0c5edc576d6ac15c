/**
 * What the browser receives for one question: the exercise, and for each piece of evidence the
 * facts the feedback shows (who published it, whom they cite, what the other sources say), so
 * the browser never needs the corpus itself. The question screen needs only part of it, which is
 * also served on its own: all a round's first question waits for.
 */
import type { Difficulty, Exercise, ExerciseKind, Passages } from '@attribution-lab/exercises';
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

/** A text the passages show or say is silent, as the question names it. */
export interface ReadingText {
  /** Its source, short enough to read at a glance: "Midan", "An unnamed French outlet". */
  name: string;
  /** The language it is written in, for the excerpts' lang attribute. */
  lang: string;
}

export interface QuizItem {
  key: string;
  exercise: Exercise;
  /** One entry per exercise.evidence entry, in the same order. */
  evidence: EvidenceContext[];
  /** Every text the exercise's passages show or list as silent, by document id. */
  texts: Record<string, ReadingText>;
}

/**
 * What the question screen shows, and nothing it does not: the passages to read before answering,
 * but no answer, explanation or evidence, which the feedback needs and which load while the
 * student reads.
 */
export interface QuizQuestion {
  key: string;
  kind: ExerciseKind;
  prompt: string;
  format: Exercise['format'];
  options: { id: string; label: string }[];
  passages: Passages;
  texts: Record<string, ReadingText>;
}

export function questionOf({ key, exercise, texts }: QuizItem): QuizQuestion {
  const { kind, prompt, format, options, passages } = exercise;
  return {
    key,
    kind,
    prompt,
    format,
    options: options.map(({ id, label }) => ({ id, label })),
    passages,
    texts,
  };
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

/** Where the keys of each text's questions are served, for document-based lessons. */
export const BY_TEXT_PATH = '/data/exercises-by-text.json';

/**
 * The query a link to a whole text carries when opened from a round, so the text's page can lead
 * back to that question: the round's link and the question's number.
 */
export const fromRound = (query: string, number: number): string =>
  `from=${encodeURIComponent(query)}&q=${number}`;

/** Where one exercise's question alone is served. */
export const questionPath = (key: string): string => `/data/question/${key}.json`;
