import { describe, expect, it } from 'vitest';
import type { Exercise } from '@attribution-lab/exercises';
import { readClassCodes, type ClassRound } from './class-view.js';
import type { QuizItem } from './quiz-item.js';
import { encodeResultCode } from './result-code.js';
import type { SavedAnswer } from './storage.js';
import { quizItem } from './test-support/quiz-item.js';

const item = (key: string, over: Partial<Exercise> = {}): QuizItem =>
  quizItem(key, {
    options: [
      { id: 'a', label: 'right', misconception: null },
      { id: 'b', label: 'hedge ignored', misconception: 'ignored-qualifier' },
      { id: 'c', label: 'biggest', misconception: 'largest-number' },
    ],
    ...over,
  });

/** A supported statement (a) and a misattributed one (b): saying "supported" is option s. */
const statement = (key: string, supported: boolean): QuizItem =>
  item(key, {
    kind: 'discernment',
    options: [
      { id: 's', label: 'Supported', misconception: supported ? null : 'believed-misattribution' },
      {
        id: 'n',
        label: 'Not supported',
        misconception: supported ? 'doubted-supported-claim' : null,
      },
    ],
    answer: [supported ? 's' : 'n'],
    discernment: { supported, supportedOptionId: 's', pair: key },
  });

const ROUND: ClassRound = {
  plan: { mode: 'challenge', settings: { seed: 'k7m2', count: 4 } },
  query: 'seed=k7m2&count=4&mode=challenge',
  items: [item('q1'), item('q2'), statement('q3', true), statement('q4', false)],
};

const answers = (...chosen: string[]): SavedAnswer[] =>
  chosen.map((c, i) => ({ exerciseKey: ROUND.items[i]!.key, chosen: [c], confidence: null }));

const code = (nickname: string, ...chosen: string[]) =>
  encodeResultCode(ROUND, answers(...chosen), nickname);

describe('readClassCodes', () => {
  const pasted = [
    code('Maya', 'a', 'a', 's', 'n'), // all right
    '',
    code('Omar', 'b', 'a', 's', 's'), // q1 hedge ignored, q4 believed
    code('Zoë', 'b', 'c', 'n', 's'), // q1 hedge, q2 biggest, q3 doubted, q4 believed
  ].join('\r\n');
  const view = readClassCodes(pasted, ROUND);

  it('lists each student by nickname with the score, in the order pasted', () => {
    expect(view.students.map((s) => [s.name, s.right, s.total, s.line])).toEqual([
      ['Maya', 4, 4, 1],
      ['Omar', 2, 4, 3],
      ['Zoë', 0, 4, 4],
    ]);
    expect(view.problems).toEqual([]);
  });

  it('puts the questions most got wrong first, leaving out those nobody got wrong', () => {
    expect(view.mostWrong.map((q) => [q.item.exercise.prompt, q.wrong, q.right])).toEqual([
      ['Question q1?', 2, 1],
      ['Question q4?', 2, 1],
      ['Question q2?', 1, 2],
      ['Question q3?', 1, 2],
    ]);
  });

  it('counts the misconceptions by how many students showed them, then by answers', () => {
    expect(view.misconceptions).toEqual([
      { misconception: 'ignored-qualifier', students: 2, answers: 2 },
      { misconception: 'believed-misattribution', students: 2, answers: 2 },
      { misconception: 'largest-number', students: 1, answers: 1 },
      { misconception: 'doubted-supported-claim', students: 1, answers: 1 },
    ]);
  });

  it('gives the class’s discernment from every student’s judgements together', () => {
    // Supported statement: Maya and Omar said supported (2 hits of 3); misattributed: Omar and Zoë (2 false alarms of 3).
    expect(view.discernment).toMatchObject({
      hits: 2,
      misses: 1,
      falseAlarms: 2,
      correctRejections: 1,
    });
    expect(view.discernment!.score).toBeCloseTo(0);
    expect(view.students.map((s) => s.discernment?.score)).toEqual([1, 0, -1]);
  });

  it('names a student who typed no nickname by the line of their code', () => {
    const view = readClassCodes(`\n${code('', 'a', 'a', 's', 'n')}`, ROUND);
    expect(view.students[0]!.name).toBe('No name (line 2)');
  });

  it('lists every line that is not a code for this round with its reason, and counts none of them', () => {
    const challenge = code('Maya', 'a', 'a', 's', 'n');
    const practice = encodeResultCode(
      { ...ROUND, plan: { ...ROUND.plan, mode: 'practice' } },
      answers('a', 'a', 's', 'n'),
      'Sam',
    );
    const view = readClassCodes(
      [challenge, 'hello', challenge.replace('Maya', 'Mia'), practice, challenge].join('\n'),
      ROUND,
    );
    expect(view.students.map((s) => s.name)).toEqual(['Maya']);
    expect(view.problems.map((p) => [p.line, p.problem])).toEqual([
      [2, expect.stringMatching(/does not look like a result code/)],
      [3, expect.stringMatching(/damaged/)],
      [4, 'This code is for a Practice round; this round is Challenge.'],
      [5, 'The same code as line 1: counted once.'],
    ]);
  });

  it('refuses a code whose answers the questions do not have', () => {
    const view = readClassCodes(code('Ann', 'z', 'a', 's', 'n'), ROUND);
    expect(view.problems[0]!.problem).toMatch(/answers these questions do not have/);
  });

  it('has no discernment without discernment questions, and nothing to count without codes', () => {
    const plain = { ...ROUND, items: ROUND.items.slice(0, 2) };
    plain.plan = { ...plain.plan, settings: { ...plain.plan.settings, count: 2 } };
    const view = readClassCodes(encodeResultCode(plain, answers('a', 'b'), 'Al'), plain);
    expect(view.students).toHaveLength(1);
    expect(view.discernment).toBeNull();
    expect(readClassCodes('', ROUND)).toMatchObject({
      students: [],
      mostWrong: [],
      misconceptions: [],
    });
  });
});
