/**
 * The exercise bank, built once at build time: every exercise the corpus yields, each with the
 * evidence context its feedback needs. Pages and data endpoints take slices of it.
 */
import {
  figuresSideBySide,
  formatPartialDate,
  getDocument,
  capitalise,
  reportedAs,
  shortSourceName,
  type Corpus,
} from '@attribution-lab/corpus/queries';
import { allExercises, textsRead, type Exercise } from '@attribution-lab/exercises';

import { exerciseKey } from '$lib/exercise-key.js';
import type { EvidenceContext, ExerciseIndex, QuizItem, ReadingText } from '$lib/quiz-item.js';
import { corpus } from './corpus.js';
import { describeFigure } from './figures.js';

function evidenceContext(source: Corpus, evidence: Exercise['evidence'][number]): EvidenceContext {
  const document = getDocument(source, evidence.documentId);
  const claim = evidence.claimId ? source.claims.find((c) => c.id === evidence.claimId) : undefined;
  return {
    documentId: document.id,
    documentTitle: document.title,
    // Short, as in the options; the text's page gives the whole description of an unnamed outlet.
    reportedBy: shortSourceName(source, document),
    language: document.language,
    figure: claim ? describeFigure(source, claim) : null,
    others: claim
      ? figuresSideBySide(source, claim.topicId)
          .filter((row) => row.claim.id !== claim.id)
          .map((row) => ({
            claimId: row.claim.id,
            documentId: row.document.id,
            reportedBy: shortSourceName(source, row.document),
            citedSource: row.source?.name ?? null,
            figure: reportedAs(row.claim),
            asOf: formatPartialDate(row.claim.asOf.date),
          }))
      : [],
  };
}

/** The texts an exercise's passages show or list as silent, named as the question names them. */
function readingTexts(source: Corpus, exercise: Exercise): Record<string, ReadingText> {
  const { excerpts, silent } = exercise.passages;
  const ids = new Set([...excerpts.map((p) => p.documentId), ...silent]);
  return Object.fromEntries(
    [...ids].map((id) => {
      const document = getDocument(source, id);
      // A description starts a line with a capital ("An unnamed French outlet"); an outlet's name
      // keeps its own spelling, as in the options ("tagesschau").
      const name = shortSourceName(source, document);
      const label = document.outlet.outletId ? name : capitalise(name);
      return [id, { name: label, lang: document.language }];
    }),
  );
}

// What a checker needs to re-derive an answer is not needed to play it; leaving it out keeps
// each question's download small.
function forPlay(exercise: Exercise): Exercise {
  const { subject: _subject, ...rest } = exercise;
  return { ...rest, options: exercise.options.map(({ about: _about, ...option }) => option) };
}

/** Every exercise by its key, in the package's order. */
function buildItems(source: Corpus): Map<string, QuizItem> {
  const items = new Map<string, QuizItem>();
  for (const exercise of allExercises(source)) {
    const key = exerciseKey(exercise.id);
    const clash = items.get(key);
    if (clash) {
      throw new Error(`exercises "${clash.exercise.id}" and "${exercise.id}" share the key ${key}`);
    }
    items.set(key, {
      key,
      exercise: forPlay(exercise),
      evidence: exercise.evidence.map((e) => evidenceContext(source, e)),
      texts: readingTexts(source, exercise),
    });
  }
  return items;
}

let cached: Map<string, QuizItem> | undefined;

export function quizItems(): Map<string, QuizItem> {
  cached ??= buildItems(corpus);
  return cached;
}

/**
 * For each text, the keys of the questions answered from it alone: what a document-based lesson
 * (a round link with doc=<id>) draws from. Read only for such a round, so the index stays as small.
 */
export function exercisesByText(): Record<string, string[]> {
  const byText: Record<string, string[]> = Object.fromEntries(
    corpus.documents.map((d) => [d.id, []]),
  );
  for (const { key, exercise } of quizItems().values()) {
    const texts = textsRead(exercise);
    if (texts.size === 1) byText[[...texts][0]!]!.push(key);
  }
  return byText;
}

export function exerciseIndex(): ExerciseIndex {
  // Pairs are numbered rather than named: the draw only needs to know which go together.
  const pairs = new Map<string, number>();
  const pairNumber = (pair: string) =>
    pairs.get(pair) ?? (pairs.set(pair, pairs.size), pairs.size - 1);
  return {
    corpusVersion: corpus.version,
    exercises: [...quizItems().values()].map(({ key, exercise }) => ({
      key,
      kind: exercise.kind,
      difficulty: exercise.difficulty,
      ...(exercise.discernment ? { pair: pairNumber(exercise.discernment.pair) } : {}),
    })),
  };
}
