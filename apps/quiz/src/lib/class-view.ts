/**
 * A class's results from the codes its students pasted, one per line: each student's score, the
 * questions most got wrong, the misconceptions most common across the class and the class's
 * discernment. Everything comes from the codes and the round's exercises; nothing leaves the
 * device. A line that is not a code for this round is listed with the reason, never counted.
 */
import {
  discernmentScore,
  MISCONCEPTIONS,
  type DiscernmentScore,
  type Misconception,
} from '@attribution-lab/exercises';
import type { QuizItem } from './quiz-item.js';
import { answersFit, answersForRound, readResultCode, type CodeRound } from './result-code.js';
import { questionResults, summariseRound, type QuestionResult } from './summary.js';

/** The round the class played: its plan and link, and its exercises in order. */
export interface ClassRound extends CodeRound {
  items: readonly QuizItem[];
}

export interface StudentResult {
  /** The nickname in the code, or "No name (line 3)". */
  name: string;
  /** The line of the pasted text the code was on, from 1. */
  line: number;
  right: number;
  total: number;
  /** Certainty-based marks over the answers rated; null when none was. */
  certaintyMarks: number | null;
  /** Null when the round has no discernment questions. */
  discernment: DiscernmentScore | null;
  results: QuestionResult[];
}

export interface CodeProblem {
  line: number;
  text: string;
  problem: string;
}

export interface QuestionTally {
  /** Position in the round, from 0. */
  index: number;
  item: QuizItem;
  right: number;
  /** Students whose answer earned less than full marks. */
  wrong: number;
}

export interface MisconceptionTally {
  misconception: Misconception;
  /** How many students' answers showed it at least once. */
  students: number;
  /** How many answers showed it, across the class. */
  answers: number;
}

export interface ClassView {
  students: StudentResult[];
  problems: CodeProblem[];
  /** Every question in round order, with how many got it right. */
  questions: QuestionTally[];
  /** The questions at least one student got wrong, most wrong first (round order on ties). */
  mostWrong: QuestionTally[];
  /** Most students first, then most answers, then the package's order. */
  misconceptions: MisconceptionTally[];
  /** Every student's discernment answers taken together; null without such questions or students. */
  discernment: DiscernmentScore | null;
}

function readLine(text: string, line: number, round: ClassRound): StudentResult | CodeProblem {
  const problem = (p: string): CodeProblem => ({ line, text, problem: p });
  const read = readResultCode(text);
  if (!read.ok) return problem(read.problem);
  const exerciseKeys = round.items.map((i) => i.key);
  const matched = answersForRound(read.code, { ...round, exerciseKeys });
  if (!matched.ok) return problem(matched.problem);
  if (!answersFit(matched.answers, round.items)) {
    return problem(
      'This code names answers these questions do not have: check it was copied exactly.',
    );
  }
  const results = questionResults(round.items, matched.answers);
  const summary = summariseRound(results);
  return {
    name: read.code.nickname ?? `No name (line ${line})`,
    line,
    right: summary.right,
    total: summary.total,
    certaintyMarks: summary.certainty?.marks ?? null,
    discernment: summary.discernment,
    results,
  };
}

/** Reads the pasted codes, one per line (blank lines skipped, a repeated code counted once). */
export function readClassCodes(text: string, round: ClassRound): ClassView {
  const students: StudentResult[] = [];
  const problems: CodeProblem[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const code = raw.trim();
    if (code === '') return;
    const key = code.toUpperCase().replace(/\s+/g, '');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line,
        text: code,
        problem: `The same code as line ${first}: counted once.`,
      });
      return;
    }
    seen.set(key, line);
    const read = readLine(code, line, round);
    if ('problem' in read) problems.push(read);
    else students.push(read);
  });

  const questions = round.items.map((item, index) => {
    const right = students.filter((s) => s.results[index]!.marked.correct).length;
    return { index, item, right, wrong: students.length - right };
  });
  const mostWrong = questions
    .filter((q) => q.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || a.index - b.index);

  const misconceptions = MISCONCEPTIONS.flatMap((misconception) => {
    const counts = students.map(
      (s) => s.results.filter((r) => r.marked.misconceptions.includes(misconception)).length,
    );
    const answers = counts.reduce((sum, n) => sum + n, 0);
    return answers
      ? [{ misconception, students: counts.filter((n) => n > 0).length, answers }]
      : [];
  }).sort((a, b) => b.students - a.students || b.answers - a.answers);

  const marked = students.flatMap((s) => s.results.map((r) => r.marked));
  return {
    students,
    problems,
    questions,
    mostWrong,
    misconceptions,
    discernment: marked.some((m) => m.judgement) ? discernmentScore(marked) : null,
  };
}
