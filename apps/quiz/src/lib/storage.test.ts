// The saved record end to end: written by storage.ts, read back by load-progress.ts.
import { describe, expect, it } from 'vitest';
import { loadProgress } from './load-progress.js';
import {
  emptyProgress,
  MAX_ROUNDS,
  nothingSaved,
  saveProgress,
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  STORAGE_VERSION,
  latestRound,
  withRound,
  type KeyValueStore,
  type SavedRound,
} from './storage.js';

function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const round = (over: Partial<SavedRound> = {}): SavedRound => ({
  query: 'seed=abc&count=2',
  exerciseKeys: ['e1', 'e2'],
  answers: [{ exerciseKey: 'e1', chosen: ['a'], confidence: 2 }],
  startedAt: '2026-01-01T10:00:00.000Z',
  finishedAt: null,
  score: null,
  feedbackOpen: false,
  marks: null,
  ...over,
});
const NOW = () => new Date('2026-02-03T04:05:06.000Z');

describe('loadProgress', () => {
  it('starts empty with no notice on a device that never played', () => {
    expect(loadProgress(memoryStore())).toEqual({ progress: emptyProgress(), notice: null });
  });

  it('reads back what saveProgress wrote', () => {
    const store = memoryStore();
    const progress = withRound(emptyProgress(), round());
    saveProgress(store, progress);
    expect(loadProgress(store)).toEqual({ progress, notice: null });
  });

  it('sets broken JSON aside under a dated key and says so', () => {
    const store = memoryStore({ [STORAGE_KEY]: '{"version":1,"rounds":[' });
    const { progress, notice } = loadProgress(store, NOW);
    expect(progress).toEqual(emptyProgress());
    expect(notice).toMatch(/not readable/);
    expect(store.data.get(`${SET_ASIDE_PREFIX}2026-02-03T04:05:06.000Z`)).toBe(
      '{"version":1,"rounds":[',
    );
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual(emptyProgress());
  });

  it('sets aside data saved by another version, naming that version', () => {
    const old = JSON.stringify({ version: 0, results: [] });
    const store = memoryStore({ [STORAGE_KEY]: old });
    expect(loadProgress(store, NOW).notice).toMatch(/another version of the app \(version 0\)/);
    expect(store.data.get(`${SET_ASIDE_PREFIX}2026-02-03T04:05:06.000Z`)).toBe(old);
  });

  it('names the damaged round when one record inside is malformed', () => {
    const damaged = {
      version: STORAGE_VERSION,
      rounds: [round(), { ...round(), answers: [{ exerciseKey: 3 }] }],
    };
    const { notice } = loadProgress(memoryStore({ [STORAGE_KEY]: JSON.stringify(damaged) }), NOW);
    expect(notice).toMatch(/round 2 of 2/);
  });

  it('rejects a score that is not numbers', () => {
    const bad = {
      version: STORAGE_VERSION,
      rounds: [round({ finishedAt: 'z', score: { right: 'all', certaintyMarks: 3 } as never })],
    };
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: JSON.stringify(bad) }), NOW).notice).toMatch(
      /round 1/,
    );
  });

  it('rejects a confidence outside 1 to 3', () => {
    const bad = {
      version: STORAGE_VERSION,
      rounds: [round({ answers: [{ exerciseKey: 'e1', chosen: ['a'], confidence: 7 }] })],
    };
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: JSON.stringify(bad) }), NOW).notice).toMatch(
      /round 1/,
    );
  });

  it('rejects feedback open on a round with no answer', () => {
    const bad = { version: STORAGE_VERSION, rounds: [round({ answers: [], feedbackOpen: true })] };
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: JSON.stringify(bad) }), NOW).notice).toMatch(
      /round 1/,
    );
  });

  it('keeps working when the browser refuses storage altogether', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const { progress, notice } = loadProgress(refusing);
    expect(progress).toEqual(emptyProgress());
    expect(notice).toMatch(/will not be kept/);
    expect(saveProgress(refusing, progress)).toBe(false);
  });
});

describe('progress saved by version 1', () => {
  const { feedbackOpen: _, marks: __, ...versionOneRound } = round();

  it('is read with every round carrying on at the next question, as version 1 did', () => {
    const saved = JSON.stringify({ version: 1, rounds: [versionOneRound] });
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: saved }), NOW)).toEqual({
      progress: { version: STORAGE_VERSION, rounds: [round({ feedbackOpen: false })] },
      notice: null,
    });
  });

  it('is set aside as it was saved when a round in it is damaged', () => {
    const saved = JSON.stringify({ version: 1, rounds: [{ ...versionOneRound, answers: 'lots' }] });
    const store = memoryStore({ [STORAGE_KEY]: saved });
    expect(loadProgress(store, NOW).notice).toMatch(/round 1 of 1/);
    expect(store.data.get(`${SET_ASIDE_PREFIX}2026-02-03T04:05:06.000Z`)).toBe(saved);
  });
});

describe('progress saved by version 2', () => {
  const finished = round({
    answers: [
      { exerciseKey: 'e1', chosen: ['a'], confidence: 2 },
      { exerciseKey: 'e2', chosen: ['b'], confidence: null },
    ],
    finishedAt: '2026-01-01T10:05:00.000Z',
    score: { right: 1, certaintyMarks: 2 },
  });
  const { marks: _, ...versionTwoRound } = finished;

  it('is read with its rounds kept, marked as having no per-answer marks', () => {
    const saved = JSON.stringify({ version: 2, rounds: [versionTwoRound] });
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: saved }), NOW)).toEqual({
      progress: { version: STORAGE_VERSION, rounds: [{ ...finished, marks: null }] },
      notice: null,
    });
  });

  it('is read from version 1 too, through both upgrades', () => {
    const { feedbackOpen: __, ...versionOneRound } = versionTwoRound;
    const saved = JSON.stringify({ version: 1, rounds: [versionOneRound] });
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: saved }), NOW).progress.rounds).toEqual([
      { ...finished, marks: null },
    ]);
  });
});

describe('marks per answer (version 3)', () => {
  const marked = (marks: unknown) =>
    JSON.stringify({ version: STORAGE_VERSION, rounds: [{ ...round(), marks }] });

  it('are read back with the round', () => {
    const marks = [{ kind: 'timeline', credit: 0.5, misconceptions: ['wrong-order'] }];
    const { progress, notice } = loadProgress(memoryStore({ [STORAGE_KEY]: marked(marks) }), NOW);
    expect(notice).toBeNull();
    expect(progress.rounds[0]!.marks).toEqual(marks);
  });

  it('must be one per answer, with a credit from 0 to 1', () => {
    const one = { kind: 'timeline', credit: 1, misconceptions: [] };
    for (const marks of [[one, one], [{ ...one, credit: 2 }], [{ ...one, misconceptions: 'x' }]]) {
      expect(loadProgress(memoryStore({ [STORAGE_KEY]: marked(marks) }), NOW).notice).toMatch(
        /round 1 of 1 is incomplete or damaged/,
      );
    }
  });
});

describe('nothingSaved', () => {
  it('is true on a device that never played, false once a record is there', () => {
    const store = memoryStore();
    expect(nothingSaved(store)).toBe(true);
    saveProgress(store, emptyProgress());
    expect(nothingSaved(store)).toBe(false);
  });

  it('is false when the browser refuses to read, so the reader can say why', () => {
    const refusing: KeyValueStore = {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {},
    };
    expect(nothingSaved(refusing)).toBe(false);
    expect(loadProgress(refusing).notice).toMatch(/does not let the quiz save progress/);
  });
});

describe('withRound and latestRound', () => {
  it('replaces the same round rather than adding it twice', () => {
    const once = withRound(emptyProgress(), round());
    const twice = withRound(once, round({ answers: [] }));
    expect(twice.rounds).toHaveLength(1);
    expect(twice.rounds[0]!.answers).toEqual([]);
  });

  it('keeps only the latest rounds', () => {
    let progress = emptyProgress();
    for (let i = 0; i < MAX_ROUNDS + 5; i++)
      progress = withRound(progress, round({ startedAt: `t${i}` }));
    expect(progress.rounds).toHaveLength(MAX_ROUNDS);
    expect(progress.rounds.at(-1)!.startedAt).toBe(`t${MAX_ROUNDS + 4}`);
  });

  it('finds the latest round played with the same settings', () => {
    const progress = withRound(
      withRound(emptyProgress(), round({ startedAt: 'a', finishedAt: 'z' })),
      round({ startedAt: 'b' }),
    );
    expect(latestRound(progress, 'seed=abc&count=2')?.startedAt).toBe('b');
    expect(latestRound(progress, 'seed=other')).toBeUndefined();
  });
});
