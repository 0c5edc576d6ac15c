/**
 * The shape of an exercise: what the quiz renders, the worksheet prints and the scorer marks.
 * Generators produce it from a corpus alone; nothing here is written per question.
 */
import type {
  FigureValue,
  Flag,
  Qualifier,
  QualifierMeaning,
} from '@attribution-lab/corpus/queries';

export const EXERCISE_KINDS = [
  'figure-to-outlet',
  'outlet-to-figure',
  'reporter-vs-source',
  'own-voice',
  'who-disagrees',
  'qualifier',
  'timeline',
  'names',
  'who-said-it',
  'spot-the-problem',
  'discernment',
] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** What a wrong answer reveals about how the student reads a source. */
export const MISCONCEPTIONS = [
  'outlet-for-source',
  'largest-number',
  'ignored-as-of',
  'different-measure',
  'inference-as-statement',
  'ignored-qualifier',
  'own-voice-as-sourced',
  'sourced-as-own-voice',
  'wrong-outlet',
  'different-place',
  'believed-misattribution',
  'doubted-supported-claim',
  'missed-the-error',
  'wrong-order',
  'wrong-speaker',
  'different-actor',
  'same-figure-as-different',
  'wrong-problem',
] as const;
export type Misconception = (typeof MISCONCEPTIONS)[number];

export type Difficulty = 1 | 2 | 3;

export interface Option {
  /** Stable within the exercise: "a", "b"… */
  id: string;
  label: string;
  /** The misconception picking this option shows; null for a right option. */
  misconception: Misconception | null;
  /** For a right option of a "multiple" exercise: what leaving it unpicked shows, where that says something. */
  missed?: Misconception;
  /** What the option stands for in the corpus, so a checker can re-derive the answer from the raw data. */
  about?: OptionSubject;
}

/** What an option refers to: a text, a figure, a source, a spelling… */
export type OptionSubject =
  | { type: 'document'; documentId: string }
  /** A figure, with the hedge the option shows it with ("almost" 90) where it has one. */
  | { type: 'value'; value: FigureValue; qualifier?: Qualifier }
  /** A source a figure can come from: an actor, or null for the text's own voice. */
  | { type: 'source'; actorId: string | null }
  /** The outlet that published a document (also when the outlet's name is not known). */
  | { type: 'outlet'; documentId: string }
  | { type: 'actor'; actorId: string }
  | { type: 'claim'; claimId: string }
  | { type: 'meaning'; meaning: QualifierMeaning }
  | { type: 'spelling'; spelling: string }
  | { type: 'passage'; documentId: string; start: number; end: number }
  | { type: 'problem'; problem: FlagKind | 'none' }
  | { type: 'verdict'; supported: boolean };

/** What a qualified figure commits the text to (the corpus package says which qualifier means what). */
export type { QualifierMeaning };

export type FlagKind = Flag['kind'];

/**
 * A claim about the corpus that a discernment exercise asks the student to judge: "text D gives V
 * for topic T, credited to actor A" (null: naming no source, in its own voice).
 */
export interface DiscernmentStatement {
  type: 'figure';
  documentId: string;
  topicId: string;
  value: FigureValue;
  /** The hedge the statement gives the figure ("at least"), as the text it comes from does. */
  qualifier: Qualifier;
  actorId: string | null;
  /**
   * With no source: the words with which the statement says the text distances itself from the
   * figure ("reportedly"). Without them, a statement with no source says "in its own voice".
   */
  hedge?: string;
}

/** The question's parameters in corpus terms: what a checker needs to re-derive the answer. */
export type ExerciseSubject =
  | { shape: 'figure-to-outlet'; topicId: string; value: FigureValue }
  | { shape: 'outlet-to-figure'; documentId: string; topicId: string; asOf: string | null }
  | { shape: 'reporter-vs-source'; documentId: string; topicId: string; claimIds: string[] }
  | { shape: 'own-voice'; documentId: string }
  | { shape: 'who-disagrees'; topicId: string; documentId: string; value: FigureValue }
  | { shape: 'qualifier'; claimId: string }
  | { shape: 'latest-as-of'; topicId: string; date: string }
  | { shape: 'published-first' | 'published-last' | 'publication-order' }
  | { shape: 'same-name'; actorId: string; spelling: string }
  | { shape: 'speaker'; statementId: string }
  | { shape: 'carrier'; statementId: string }
  | { shape: 'which-passage'; documentId: string; flagId: string }
  | { shape: 'what-problem'; documentId: string; start: number; end: number }
  | { shape: 'discernment'; statement: DiscernmentStatement };

/** A passage that proves the answer: the quote span, with the figure to highlight inside it. */
export interface Evidence {
  documentId: string;
  claimId: string | null;
  quote: { start: number; end: number; exact: string };
  highlight: { start: number; end: number } | null;
}

/** An excerpt of a text to read before answering: whole sentences where they fit, cut between words where not. */
export interface Passage {
  documentId: string;
  start: number;
  end: number;
  /** The document's text from start to end, exactly. */
  exact: string;
  /** Whether a sentence was cut at the start or at the end: an app shows "…" there. */
  cut: { before: boolean; after: boolean };
  /** What a reader needs that the words do not say, in plain words: "As of 22 January 2022". */
  note?: string;
}

/** What a careful reader needs to read before answering, with nothing in it marked. */
export interface Passages {
  /** The text the question is about, when it is about one; null when it compares texts, figures or names. */
  documentId: string | null;
  /** In the order to show them: the question's own text first, then what each option stands for, in option order. */
  excerpts: Passage[];
  /** Texts among the options that say nothing about it: an app shows "says nothing about …" for each. */
  silent: string[];
  /** What the excerpts are read for, to finish "says nothing about …": "the number of people killed". */
  about: string;
}

export interface Exercise {
  /** Stable for the same corpus and content: the same question always has the same id. */
  id: string;
  kind: ExerciseKind;
  difficulty: Difficulty;
  prompt: string;
  /** single: one right option; multiple: one or more (the prompt says so); order: put all in order. */
  format: 'single' | 'multiple' | 'order';
  options: Option[];
  /** Ids of the right options; for "order", every option id in the right order. */
  answer: string[];
  evidence: Evidence[];
  /** What to read before answering; `evidence` is what proves the answer afterwards. */
  passages: Passages;
  /** Why the answer is right, for a 15-year-old, generated from the data. */
  explanation: string;
  subject?: ExerciseSubject;
  /** Discernment only: whether the statement is supported, which option says so, and its pair. */
  discernment?: {
    supported: boolean;
    supportedOptionId: string;
    /** The supported and the misattributed statement made from the same claim share a pair. */
    pair: string;
  };
}

export interface ExerciseSettings {
  seed: string;
  count: number;
  kinds?: readonly ExerciseKind[];
  difficulty?: Difficulty;
  /**
   * A document-based lesson: only the questions a reader answers from this one text (its id), those
   * whose passages, silent texts and evidence are all in it.
   */
  document?: string;
}
