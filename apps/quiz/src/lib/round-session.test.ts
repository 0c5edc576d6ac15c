import { describe, expect, it } from 'vitest';
import { questionOf, type ExerciseIndex, type QuizItem } from './quiz-item.js';
import {
  createRoundSession,
  type RoundSession,
  type Screen,
  type SessionDependencies,
} from './round-session.js';
import { drawRound } from './draw-round.js';
import * as scoring from './scoring.js';
import { loadProgress } from './load-progress.js';
import { STORAGE_KEY, type KeyValueStore } from './storage.js';
import { quizItem } from './test-support/quiz-item.js';

/** A question whose right answer is "a"; "b" is wrong. */
const item = (key: string): QuizItem => quizItem(key);

const indexOf = (keys: string[]): ExerciseIndex => ({
  corpusVersion: 'test',
  exercises: keys.map((key) => ({ key, kind: 'qualifier', difficulty: 1 })),
});

const PRACTICE = '?seed=s&count=3&mode=practice';
const CHALLENGE = '?seed=s&count=3&mode=challenge';

/** A browser and a server made of plain data: storage, files that can be made to fail, a clock. */
function device() {
  const saved = new Map<string, string>();
  const tab = new Map<string, string>();
  return {
    store: {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => void saved.set(key, value),
    } satisfies KeyValueStore,
    /** The tab's sessionStorage: kept across a reload or Back, gone with the tab. */
    tab: {
      getItem: (key) => tab.get(key) ?? null,
      setItem: (key, value) => void tab.set(key, value),
    } satisfies KeyValueStore,
    index: indexOf(['k1', 'k2', 'k3']),
    failing: new Set<string>(),
    loads: [] as string[],
    address: [] as string[],
    idle: [] as (() => void)[],
    storageRefused: false,
    minutes: 0,
    progress: () => loadProgress({ getItem: (k) => saved.get(k) ?? null, setItem() {} }).progress,
  };
}
type Device = ReturnType<typeof device>;

function sessionOn(on: Device): RoundSession {
  const load = async <T>(name: string, value: () => T): Promise<T> => {
    on.loads.push(name);
    if (on.failing.has(name)) throw new Error(`${name} failed`);
    return value();
  };
  const dependencies: SessionDependencies = {
    drawRound: (search) => drawRound(search, () => load('index', () => on.index)),
    loadQuestion: (key) => load(`question ${key}`, () => questionOf(item(key))),
    loadItem: (key) => load(key, () => item(key)),
    loadAfterAnswer: () => load('marking', () => scoring),
    storage: () => (on.storageRefused ? null : on.store),
    loadProgress: (store) => load('progress reader', () => loadProgress(store)),
    drafts: () => (on.storageRefused ? null : on.tab),
    now: () => new Date(Date.UTC(2026, 2, 1, 9, on.minutes++)),
    replaceQuery: (query) => void on.address.push(query),
    whenIdle: (work) => void on.idle.push(work),
  };
  return createRoundSession(dependencies);
}

/** Opens a round and answers its questions, the first `right` of them rightly. */
async function play(session: RoundSession, answers: number, right = answers) {
  for (let n = 0; n < answers; n++) {
    await session.answer([n < right ? 'a' : 'b'], null);
    if (session.state.screen.name === 'feedback') await session.next();
  }
}

function screenAs<N extends Screen['name']>(session: RoundSession, name: N) {
  const { screen } = session.state;
  expect(screen.name).toBe(name);
  return screen as Extract<Screen, { name: N }>;
}

const idleWork = (on: Device) => on.idle.splice(0).forEach((work) => work());

describe('starting a round', () => {
  it('shows loading, then the first question of the round the link draws', async () => {
    const session = sessionOn(device());
    const seen: string[] = [];
    session.subscribe((state) => seen.push(state.screen.name));
    await session.open(PRACTICE);
    expect(seen[0]).toBe('loading');
    expect(screenAs(session, 'question')).toMatchObject({ index: 0, total: 3 });
    expect(session.state.mode).toBe('practice');
  });

  it('writes the drawn seed into an address that has none', async () => {
    const on = device();
    await sessionOn(on).open('?mode=challenge');
    expect(on.address).toEqual([
      expect.stringMatching(/^seed=[0-9a-hjkmnp-tv-z]{4}&count=10&mode=challenge$/),
    ]);
  });

  it('leaves an address that already names its round as it is', async () => {
    const on = device();
    await sessionOn(on).open(PRACTICE);
    expect(on.address).toEqual([]);
  });

  it('does nothing when the address it already shows is opened again', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(PRACTICE);
    const loads = on.loads.length;
    await session.open(PRACTICE);
    expect(on.loads).toHaveLength(loads);
  });

  it('names what is wrong with a broken link, and offers no retry', async () => {
    const session = sessionOn(device());
    await session.open('?seed=x&count=500');
    expect(screenAs(session, 'problem')).toMatchObject({
      title: 'This round link does not work',
      problems: [expect.stringMatching(/count.*500 is out of range/)],
      retry: false,
    });
  });

  it('says so when no question matches the settings', async () => {
    const session = sessionOn(device());
    await session.open('?seed=s&kinds=timeline');
    expect(screenAs(session, 'problem')).toMatchObject({
      title: 'No questions match these settings',
      retry: false,
    });
  });

  it('a failed index load offers a retry that loads it again', async () => {
    const on = device();
    const session = sessionOn(on);
    on.failing.add('index');
    await session.open(PRACTICE);
    expect(screenAs(session, 'problem').retry).toBe(true);
    on.failing.clear();
    await session.retry();
    expect(on.loads.filter((l) => l === 'index')).toHaveLength(2);
    screenAs(session, 'question');
  });

  it('a failed question load offers a retry that loads it again', async () => {
    const on = device();
    const session = sessionOn(on);
    on.failing = new Set(['question k1', 'question k2', 'question k3']);
    await session.open(PRACTICE);
    expect(screenAs(session, 'problem').title).toBe('The questions could not be loaded');
    on.failing.clear();
    await session.retry();
    const { question } = screenAs(session, 'question');
    expect(on.loads.filter((l) => l === `question ${question.key}`)).toHaveLength(2);
  });

  it('shows the first question without loading its answer, which comes while the student reads', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(PRACTICE);
    const { question } = screenAs(session, 'question');
    expect(on.loads).not.toContain(question.key);
    idleWork(on);
    expect(on.loads).toContain(question.key);
  });

  it('a failed load of the answer offers a retry, and the question is asked again', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(PRACTICE);
    on.failing = new Set(['k1', 'k2', 'k3']);
    await session.answer(['a'], null);
    expect(screenAs(session, 'problem').retry).toBe(true);
    on.failing.clear();
    await session.retry();
    await session.answer(['a'], null);
    screenAs(session, 'feedback');
  });

  it('asks for the marking only once the first question is on screen and the browser is idle', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(PRACTICE);
    expect(on.loads).not.toContain('marking');
    idleWork(on);
    expect(on.loads).toContain('marking');
  });

  it('fetches the next question while the student reads the current one', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(PRACTICE);
    const keys = on.progress().rounds[0]!.exerciseKeys;
    expect(on.loads).not.toContain(keys[1]);
    idleWork(on);
    expect(on.loads).toContain(keys[1]);
  });
});

describe('coming back to a round', () => {
  it('resumes a saved round at the question after the last answer', async () => {
    const on = device();
    const first = sessionOn(on);
    await first.open(CHALLENGE);
    await play(first, 2);
    const again = sessionOn(on);
    await again.open(CHALLENGE);
    expect(screenAs(again, 'question').index).toBe(2);
  });

  it('shows the last answer’s feedback again after a reload until Next is pressed', async () => {
    const on = device();
    const first = sessionOn(on);
    await first.open(PRACTICE);
    await first.answer(['b'], 2);
    const shown = screenAs(first, 'feedback');

    const again = sessionOn(on);
    await again.open(PRACTICE);
    expect(screenAs(again, 'feedback')).toEqual(shown);
    await again.next();
    const reloaded = sessionOn(on);
    await reloaded.open(PRACTICE);
    expect(screenAs(reloaded, 'question').index).toBe(1);
  });

  it('finds the choices made on a question after leaving to read a text and coming back', async () => {
    const on = device();
    const first = sessionOn(on);
    await first.open(PRACTICE);
    await first.answer(['a'], null);
    await first.next();
    expect(screenAs(first, 'question').draft).toBeNull();
    first.keepDraft({ chosen: ['b'], confidence: 3 });

    const back = sessionOn(on);
    await back.open(PRACTICE);
    expect(screenAs(back, 'question')).toMatchObject({
      index: 1,
      draft: { chosen: ['b'], confidence: 3 },
    });
  });

  it('forgets the draft once the answer is checked, so the next question starts empty', async () => {
    const on = device();
    const first = sessionOn(on);
    await first.open(CHALLENGE);
    first.keepDraft({ chosen: ['b'], confidence: 1 });
    await first.answer(['b'], 1);
    expect(screenAs(first, 'question').draft).toBeNull();
    const again = sessionOn(on);
    await again.open(CHALLENGE);
    expect(screenAs(again, 'question')).toMatchObject({ index: 1, draft: null });
  });

  it('plays on without drafts when the tab’s storage throws', async () => {
    const on = device();
    on.tab.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const session = sessionOn(on);
    await session.open(PRACTICE);
    session.keepDraft({ chosen: ['a'], confidence: null });
    await session.answer(['a'], null);
    expect(screenAs(session, 'feedback').marked.correct).toBe(true);
  });

  it('shows the last question’s feedback again after a reload, before the results', async () => {
    const on = device();
    const first = sessionOn(on);
    await first.open(PRACTICE);
    await play(first, 2);
    await first.answer(['a'], null);
    const again = sessionOn(on);
    await again.open(PRACTICE);
    expect(screenAs(again, 'feedback').index).toBe(2);
    await again.next();
    screenAs(again, 'summary');
  });

  it('starts afresh when the build draws other questions for the same link', async () => {
    const on = device();
    const first = sessionOn(on);
    await first.open(CHALLENGE);
    await play(first, 1);
    on.index = indexOf(['n1', 'n2', 'n3']);
    const again = sessionOn(on);
    await again.open(CHALLENGE);
    expect(screenAs(again, 'question')).toMatchObject({
      index: 0,
      question: { key: expect.stringMatching(/^n/) },
    });
    expect(on.progress().rounds).toHaveLength(2);
  });

  it('shows a finished round’s results when its link is opened again', async () => {
    const on = device();
    const first = sessionOn(on);
    await first.open(CHALLENGE);
    await play(first, 3);
    const again = sessionOn(on);
    await again.open(CHALLENGE);
    expect(screenAs(again, 'summary').round.answers).toHaveLength(3);
  });
});

describe('answering', () => {
  it('a practice answer shows its feedback, marked, and announces the verdict', async () => {
    const session = sessionOn(device());
    await session.open(PRACTICE);
    await session.answer(['b'], 3);
    const feedback = screenAs(session, 'feedback');
    expect(feedback.answer).toMatchObject({ chosen: ['b'], confidence: 3 });
    expect(feedback.marked).toMatchObject({ correct: false, certaintyMarks: -6 });
    expect(session.state.announcement).toBe('Not quite.');
  });

  it('Next goes from the feedback to the next question', async () => {
    const session = sessionOn(device());
    await session.open(PRACTICE);
    await session.answer(['a'], null);
    expect(session.state.announcement).toBe('Right.');
    await session.next();
    expect(screenAs(session, 'question').index).toBe(1);
  });

  it('a challenge answer goes straight to the next question and says so', async () => {
    const session = sessionOn(device());
    await session.open(CHALLENGE);
    await session.answer(['a'], null);
    expect(screenAs(session, 'question').index).toBe(1);
    expect(session.state.announcement).toBe('Answer saved. Question 2 of 3.');
  });

  it('saves the round after every answer', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(CHALLENGE);
    await session.answer(['b'], 1);
    expect(on.progress().rounds[0]!.answers).toMatchObject([{ chosen: ['b'], confidence: 1 }]);
  });

  it('the last answer finishes the round with the score of every answer', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(CHALLENGE);
    await session.answer(['a'], 3);
    await session.answer(['b'], 2);
    await session.answer(['a'], null);
    const { round, items } = screenAs(session, 'summary');
    expect(round.score).toEqual({ right: 2, certaintyMarks: 3 - 2 });
    expect(round.finishedAt).not.toBeNull();
    expect(items.map((i) => i.key)).toEqual(round.exerciseKeys);
    expect(on.progress().rounds[0]).toEqual(round);
    expect(session.state.announcement).toBe('Round finished. Here are your results.');
  });

  it('a failed marking load offers a retry, and the question is asked again', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(PRACTICE);
    on.failing.add('marking');
    await session.answer(['a'], null);
    expect(screenAs(session, 'problem').retry).toBe(true);
    on.failing.clear();
    await session.retry();
    expect(screenAs(session, 'question').index).toBe(0);
    await session.answer(['a'], null);
    screenAs(session, 'feedback');
  });

  it('ignores a second answer while the first is being marked', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(CHALLENGE);
    await Promise.all([session.answer(['a'], null), session.answer(['b'], null)]);
    expect(on.progress().rounds[0]!.answers).toMatchObject([{ chosen: ['a'] }]);
    expect(screenAs(session, 'question').index).toBe(1);
  });
});

describe('after a round', () => {
  it('plays the same questions again from the first, keeping the finished round', async () => {
    const on = device();
    const session = sessionOn(on);
    await session.open(CHALLENGE);
    await play(session, 3);
    const { round } = screenAs(session, 'summary');
    await session.playAgain();
    const { question, index } = screenAs(session, 'question');
    expect([question.key, index]).toEqual([round.exerciseKeys[0], 0]);
    expect(on.progress().rounds.map((r) => r.answers.length)).toEqual([3, 0]);
  });
});

describe('saved progress', () => {
  it('tells the student when the browser gives no storage, and plays on', async () => {
    const on = device();
    on.storageRefused = true;
    const session = sessionOn(on);
    await session.open(PRACTICE);
    expect(session.state.notice).toBe('This browser does not let the quiz save progress.');
    await session.answer(['a'], null);
    screenAs(session, 'feedback');
  });

  it('tells the student when the browser will not save, and plays on', async () => {
    const on = device();
    const session = sessionOn(on);
    on.store.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    await session.open(CHALLENGE);
    expect(session.state.notice).toMatch(/would not save your progress/);
    await session.answer(['a'], null);
    screenAs(session, 'question');
  });

  it('starts a first round on a device that never played without loading the progress reader', async () => {
    const on = device();
    await sessionOn(on).open(PRACTICE);
    expect(on.loads).not.toContain('progress reader');
    // The round just started is saved, so the next visit has a record to read back.
    const again = sessionOn(on);
    await again.open(PRACTICE);
    expect(on.loads).toContain('progress reader');
    expect(screenAs(again, 'question').index).toBe(0);
  });

  it('a failed load of the progress reader offers a retry', async () => {
    const on = device();
    await sessionOn(on).open(PRACTICE);
    on.failing.add('progress reader');
    const session = sessionOn(on);
    await session.open(PRACTICE);
    expect(screenAs(session, 'problem').retry).toBe(true);
    on.failing.clear();
    await session.retry();
    screenAs(session, 'question');
  });

  it('passes on the notice about saved data that had to be set aside', async () => {
    const on = device();
    on.store.setItem(STORAGE_KEY, '{"version":2,"rounds":[');
    const session = sessionOn(on);
    await session.open(PRACTICE);
    expect(session.state.notice).toMatch(/could not be used/);
    expect(on.progress().rounds).toHaveLength(1);
  });
});
