/**
 * Marking answers. Multi-answer questions earn partial credit, with wrong picks cancelling right
 * ones so ticking every box earns nothing. An optional confidence rating is scored by
 * certainty-based marking (Gardner-Medwin's scheme: 1, 2 or 3 marks if right; 0, -2 or -6 if
 * wrong), so a confident mistake costs more than a hesitant one. Discernment answers are scored as
 * hits against false alarms, so believing everything and doubting everything both score zero.
 */
import { MISCONCEPTION_DESCRIPTIONS } from './descriptions.js';
import { MISCONCEPTIONS, type Exercise, type ExerciseKind, type Misconception } from './types.js';

export type Confidence = 'low' | 'medium' | 'high';

export const CERTAINTY_MARKS: Readonly<Record<Confidence, { right: number; wrong: number }>> = {
  low: { right: 1, wrong: 0 },
  medium: { right: 2, wrong: -2 },
  high: { right: 3, wrong: -6 },
};

export interface ExerciseResult {
  exerciseId: string;
  kind: ExerciseKind;
  chosen: string[];
  /** Full marks: exactly the right options (or the right order). */
  correct: boolean;
  /** From 0 to 1. */
  credit: number;
  confidence: Confidence | null;
  /** Certainty-based marks, from -6 to 3; null without a confidence rating. */
  certaintyMarks: number | null;
  /** What the wrong choices (and, where it says something, the missed right ones) show. */
  misconceptions: Misconception[];
  /** Discernment only: whether the statement was supported, and whether the student said so. */
  judgement: { supported: boolean; saidSupported: boolean } | null;
}

function checkChoice(exercise: Exercise, chosen: readonly string[]): void {
  const ids = exercise.options.map((o) => o.id);
  const unknown = chosen.filter((id) => !ids.includes(id));
  const where = `exercise "${exercise.id}"`;
  if (unknown.length)
    throw new Error(
      `${where}: ${unknown.map((u) => `"${u}"`).join(', ')} is not one of its options (${ids.join(', ')})`,
    );
  if (new Set(chosen).size !== chosen.length)
    throw new Error(`${where}: an option was chosen twice`);
  if (exercise.format === 'single' && chosen.length !== 1)
    throw new Error(`${where}: choose exactly one option, not ${chosen.length}`);
  if (exercise.format === 'order' && chosen.length !== ids.length)
    throw new Error(`${where}: put all ${ids.length} options in order`);
}

/** Pairs put in the same order as the answer, less pairs put the other way round, over all pairs. */
function orderCredit(answer: readonly string[], chosen: readonly string[]): number {
  const rank = new Map(answer.map((id, i) => [id, i]));
  let balance = 0;
  let pairs = 0;
  for (let i = 0; i < chosen.length; i++)
    for (let j = i + 1; j < chosen.length; j++) {
      pairs++;
      balance += rank.get(chosen[i]!)! < rank.get(chosen[j]!)! ? 1 : -1;
    }
  return pairs === 0 ? 1 : Math.max(0, balance / pairs);
}

export function scoreAnswer(
  exercise: Exercise,
  chosenOptionIds: readonly string[],
  confidence?: Confidence,
): ExerciseResult {
  checkChoice(exercise, chosenOptionIds);
  const chosen = [...chosenOptionIds];
  const right = new Set(exercise.answer);
  let credit: number;
  let misconceptions: Misconception[];
  if (exercise.format === 'order') {
    credit = orderCredit(exercise.answer, chosen);
    misconceptions = chosen.every((id, i) => id === exercise.answer[i]) ? [] : ['wrong-order'];
  } else {
    const hits = chosen.filter((id) => right.has(id)).length;
    const falseAlarms = chosen.length - hits;
    const wrongCount = exercise.options.length - right.size;
    credit = Math.max(
      0,
      hits / right.size - (exercise.format === 'multiple' ? falseAlarms / wrongCount : falseAlarms),
    );
    const picked = exercise.options
      .filter((o) => chosen.includes(o.id) && o.misconception)
      .map((o) => o.misconception!);
    const missed =
      exercise.format === 'multiple'
        ? exercise.options
            .filter((o) => right.has(o.id) && !chosen.includes(o.id) && o.missed)
            .map((o) => o.missed!)
        : [];
    misconceptions = [...new Set([...picked, ...missed])];
  }
  const correct = credit === 1;
  const marks = confidence ? CERTAINTY_MARKS[confidence] : null;
  const statement = exercise.discernment;
  return {
    exerciseId: exercise.id,
    kind: exercise.kind,
    chosen,
    correct,
    credit,
    confidence: confidence ?? null,
    // Partial credit earns the same share of the right and wrong marks, so it meets the scheme at 0 and 1.
    certaintyMarks: marks ? credit * marks.right + (1 - credit) * marks.wrong : null,
    misconceptions,
    judgement: statement
      ? { supported: statement.supported, saidSupported: chosen[0] === statement.supportedOptionId }
      : null,
  };
}

export interface DiscernmentScore {
  /** Supported statements judged supported. */
  hits: number;
  misses: number;
  /** Misattributed statements judged supported. */
  falseAlarms: number;
  correctRejections: number;
  hitRate: number | null;
  falseAlarmRate: number | null;
  /** Hit rate less false-alarm rate, from -1 to 1; 0 is chance, and always-yes or always-no score 0. */
  score: number | null;
  /** d′ with the log-linear correction (Hautus 1995), finite even for perfect rates; 0 is chance. */
  dPrime: number | null;
}

/** The inverse of the standard normal distribution, by Acklam's rational approximation (error below 1.2e-9). */
export function inverseNormal(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

export function discernmentScore(results: readonly ExerciseResult[]): DiscernmentScore {
  const judged = results.flatMap((r) => (r.judgement ? [r.judgement] : []));
  const supported = judged.filter((j) => j.supported);
  const unsupported = judged.filter((j) => !j.supported);
  const hits = supported.filter((j) => j.saidSupported).length;
  const falseAlarms = unsupported.filter((j) => j.saidSupported).length;
  const both = supported.length > 0 && unsupported.length > 0;
  const hitRate = supported.length ? hits / supported.length : null;
  const falseAlarmRate = unsupported.length ? falseAlarms / unsupported.length : null;
  return {
    hits,
    misses: supported.length - hits,
    falseAlarms,
    correctRejections: unsupported.length - falseAlarms,
    hitRate,
    falseAlarmRate,
    score: both ? hitRate! - falseAlarmRate! : null,
    dPrime: both
      ? inverseNormal((hits + 0.5) / (supported.length + 1)) -
        inverseNormal((falseAlarms + 0.5) / (unsupported.length + 1))
      : null,
  };
}

export interface MisconceptionSummary {
  misconception: Misconception;
  description: string;
  /** How many answers showed it. */
  count: number;
  exerciseIds: string[];
  kinds: ExerciseKind[];
}

/** The misconceptions the answers show, most frequent first. */
export function summariseByMisconception(
  results: readonly ExerciseResult[],
): MisconceptionSummary[] {
  return MISCONCEPTIONS.flatMap((misconception) => {
    const showing = results.filter((r) => r.misconceptions.includes(misconception));
    return showing.length
      ? [
          {
            misconception,
            description: MISCONCEPTION_DESCRIPTIONS[misconception],
            count: showing.length,
            exerciseIds: showing.map((r) => r.exerciseId),
            kinds: [...new Set(showing.map((r) => r.kind))],
          },
        ]
      : [];
  }).sort((a, b) => b.count - a.count);
}
