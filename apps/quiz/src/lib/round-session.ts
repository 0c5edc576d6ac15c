/**
 * A round being played: the screen the play page shows, and what each thing the student does
 * leads to. Loading, storage, the clock, the address bar and idle time come in as dependencies,
 * so the page only renders `state` and forwards events, and tests play whole rounds with fakes.
 */
import { clearDraft, readDraft, writeDraft, type AnswerDraft } from './answer-draft.js';
import type { ConfidenceLevel } from './confidence.js';
import type { QuizItem, QuizQuestion } from './quiz-item.js';
import { closeFeedback, currentStep, recordAnswer, startRound, type Mode } from './round.js';
import type { DrawnRound } from './draw-round.js';
import type { RoundPlan } from './round-link.js';
import type { mark, Marked, verdict } from './scoring.js';
import {
  emptyProgress,
  latestRound,
  nothingSaved,
  saveProgress,
  withRound,
  type KeyValueStore,
  type LoadedProgress,
  type Progress,
  type SavedAnswer,
  type SavedRound,
} from './storage.js';

/** The marking, which the session asks for only once the first question is on screen. */
interface Marking {
  mark: typeof mark;
  verdict: typeof verdict;
}

export type Screen =
  | { name: 'loading' }
  | { name: 'problem'; title: string; problems: string[]; retry: boolean }
  | {
      name: 'question';
      question: QuizQuestion;
      index: number;
      total: number;
      /** The round's link (its canonical query string), for links that lead back to it. */
      query: string;
      /** The choices made before the student left to read a text, or null. */
      draft: AnswerDraft | null;
    }
  | {
      name: 'feedback';
      item: QuizItem;
      /** The round's link, for links to the whole texts to lead back to this feedback. */
      query: string;
      index: number;
      total: number;
      answer: SavedAnswer;
      marked: Marked;
    }
  | { name: 'summary'; round: SavedRound; items: QuizItem[]; plan: RoundPlan };

interface SessionState {
  /** A new object only when the screen changes, so a view can move the focus on each one. */
  screen: Screen;
  /** How the round is played, once its link is read. */
  mode: Mode | null;
  /** What the student should know about their saved progress, or null. */
  notice: string | null;
  /** What just happened, in words for a screen reader's live region. */
  announcement: string;
}

export interface SessionDependencies {
  /**
   * Reads a round link and draws its exercises (draw-round.ts). A dependency so that
   * the page can load that code on demand, or take the round its inline script drew before the
   * scripts arrived (first-round.ts).
   */
  drawRound: (search: string) => Promise<DrawnRound>;
  /** A question to show, without its answer and evidence. */
  loadQuestion: (key: string) => Promise<QuizQuestion>;
  /** A whole exercise: the question with its answer and the evidence its feedback shows. */
  loadItem: (key: string) => Promise<QuizItem>;
  /**
   * The marking, and anything else the view needs once an answer is in (it can load its
   * feedback and summary components alongside). Asked for when the first question is on screen
   * and the browser is idle, or when an answer needs it; a failure is asked again next time.
   */
  loadAfterAnswer: () => Promise<Marking>;
  /** The device's storage, or null when the browser will not give it. */
  storage: () => KeyValueStore | null;
  /**
   * Reads back the progress saved in that storage (load-progress.ts). A dependency so that the
   * page loads that code only when the device holds a record: a first round starts without it.
   */
  loadProgress: (store: KeyValueStore) => Promise<LoadedProgress>;
  /** The tab's storage (sessionStorage), for the answer not yet checked; null when refused. */
  drafts: () => KeyValueStore | null;
  now: () => Date;
  /** Puts this query string into the address in place of the current one. */
  replaceQuery: (query: string) => void;
  /** Runs work once the browser is idle, after what is on screen has been drawn. */
  whenIdle: (work: () => void) => void;
}

const VERDICT_WORDS = { right: 'Right.', partly: 'Partly right.', wrong: 'Not quite.' } as const;

export interface RoundSession {
  readonly state: SessionState;
  /** Calls the listener with the state now and after every change; returns how to stop. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /**
   * Opens the round a link's query string names: the saved round for it if this build draws the
   * same questions, a fresh one otherwise. Opening the address already open does nothing.
   */
  open(search: string): Promise<void>;
  /** Keeps the choices made on the question on screen, so that coming back to it finds them. */
  keepDraft(draft: AnswerDraft): void;
  /** Marks the answer to the question on screen and saves it; ignored anywhere else. */
  answer(chosen: string[], confidence: ConfidenceLevel | null): Promise<void>;
  /** Closes the feedback on screen and goes on to the next question, or the results. */
  next(): Promise<void>;
  /** Starts the same questions again from the first, keeping the finished round in the record. */
  playAgain(): Promise<void>;
  /** After a load failure, opens the same round again from the start: saved, then resumed. */
  retry(): Promise<void>;
}

// A closure rather than a class: the minifier shortens its inner names, and this module is part
// of what the first question waits for.
export function createRoundSession(deps: SessionDependencies): RoundSession {
  let state: SessionState = {
    screen: { name: 'loading' },
    mode: null,
    notice: null,
    announcement: '',
  };
  const listeners = new Set<(state: SessionState) => void>();
  /** The query string of the address the session shows (a round link in its canonical form). */
  let search: string | null = null;
  let plan: RoundPlan | null = null;
  let round: SavedRound | null = null;
  /** Null when the browser gives no storage: the round plays without being saved. */
  let progress: Progress | null = null;
  let marking: Promise<Marking> | null = null;
  let answering = false;

  function set(change: Partial<SessionState>): void {
    state = { ...state, ...change };
    for (const listener of listeners) listener(state);
  }

  function show(screen: Screen, announcement?: string): void {
    set(announcement === undefined ? { screen } : { screen, announcement });
  }

  function showLoadProblem(): void {
    show({
      name: 'problem',
      title: 'The questions could not be loaded',
      problems: ['Check the connection and try again. Once loaded, the quiz also works offline.'],
      retry: true,
    });
  }

  const loadItems = (keys: readonly string[]) => Promise.all(keys.map((key) => deps.loadItem(key)));

  function loadMarking(): Promise<Marking> {
    marking ??= deps.loadAfterAnswer().catch((error: unknown) => {
      marking = null;
      throw error;
    });
    return marking;
  }

  /** Keeps the round and saves it; a browser that refuses gets a notice, and play goes on. */
  function save(next: SavedRound): void {
    round = next;
    if (!progress) return;
    progress = withRound(progress, next);
    const store = deps.storage();
    if (store && !saveProgress(store, progress)) {
      set({
        notice: 'This browser would not save your progress; finish the round before you close it.',
      });
    }
  }

  /**
   * Reads or writes the tab's drafts; a browser that refuses or a full store loses only the
   * draft (the answer itself is saved with the round), so failures give the fallback.
   */
  function withDrafts<T>(work: (store: KeyValueStore) => T, fallback: T): T {
    try {
      const store = deps.drafts();
      return store ? work(store) : fallback;
    } catch {
      return fallback;
    }
  }

  /** Shows where the round is: the current question, the latest answer's feedback, or the end. */
  async function showCurrent(current: SavedRound, announcement?: string): Promise<void> {
    const step = currentStep(current);
    const total = current.exerciseKeys.length;
    try {
      if (step.name === 'finished') {
        const [items] = await Promise.all([loadItems(current.exerciseKeys), loadMarking()]);
        show(
          { name: 'summary', round: current, items, plan: plan! },
          'Round finished. Here are your results.',
        );
      } else if (step.name === 'feedback') {
        const { answer, index } = step;
        const [item, { mark }] = await Promise.all([
          deps.loadItem(answer.exerciseKey),
          loadMarking(),
        ]);
        const marked = mark(item.exercise, answer.chosen, answer.confidence);
        show(
          { name: 'feedback', item, query: current.query, index, total, answer, marked },
          announcement,
        );
      } else {
        const question = await deps.loadQuestion(step.exerciseKey);
        const optionIds = question.options.map((o) => o.id);
        const draft = withDrafts(
          (store) => readDraft(store, current.query, question.key, optionIds),
          null,
        );
        show(
          { name: 'question', question, index: step.index, total, query: current.query, draft },
          announcement,
        );
        // Fetch what the answer needs, and the next question, while the student reads, so the
        // feedback and the next question appear at once.
        const nextKey = current.exerciseKeys[step.index + 1];
        deps.whenIdle(() => {
          void loadMarking().catch(() => {});
          void deps.loadItem(step.exerciseKey).catch(() => {});
          if (nextKey) void deps.loadItem(nextKey).catch(() => {});
        });
      }
    } catch {
      showLoadProblem();
    }
  }

  async function open(opened: string): Promise<void> {
    if (opened === search) return;
    search = opened;
    show({ name: 'loading' });
    let drawn: DrawnRound;
    try {
      drawn = await deps.drawRound(opened);
    } catch {
      return showLoadProblem();
    }
    const { link, keys } = drawn;
    if (!link.ok) {
      set({ mode: null });
      return show({
        name: 'problem',
        title: 'This round link does not work',
        problems: link.problems,
        retry: false,
      });
    }
    plan = link.plan;
    set({ mode: link.plan.mode });
    search = `?${link.query}`;
    // A one-tap start has no seed yet: write the drawn seed into the address, so a reload or a
    // shared link gives the same questions.
    if (search !== opened) deps.replaceQuery(link.query);

    if (keys.length === 0) {
      return show({
        name: 'problem',
        title: 'No questions match these settings',
        problems: ['Try more kinds of question, or any difficulty.'],
        retry: false,
      });
    }

    const store = deps.storage();
    let loaded: LoadedProgress | null = null;
    try {
      if (store) {
        loaded = nothingSaved(store)
          ? { progress: emptyProgress(), notice: null }
          : await deps.loadProgress(store);
      }
    } catch {
      return showLoadProblem();
    }
    progress = loaded?.progress ?? null;
    set({ notice: loaded ? loaded.notice : 'This browser does not let the quiz save progress.' });
    // A saved round is resumed only if this build draws the same questions for its link: a new
    // corpus may have changed them.
    const saved = progress ? latestRound(progress, link.query) : undefined;
    if (saved && sameKeys(saved.exerciseKeys, keys)) round = saved;
    else save(startRound(link.query, keys, deps.now()));
    await showCurrent(round!);
  }

  async function recordAndShow(
    current: SavedRound,
    { question, index, total }: Extract<Screen, { name: 'question' }>,
    answer: SavedAnswer,
  ): Promise<void> {
    let scoring: Marking;
    let item: QuizItem;
    let marks: Marked[] = [];
    try {
      [scoring, item] = await Promise.all([loadMarking(), deps.loadItem(question.key)]);
      if (index + 1 === total) {
        // The last answer finishes the round, and the saved score needs every answer's mark.
        const items = await loadItems(current.exerciseKeys);
        marks = [...current.answers, answer].map((a, i) =>
          scoring.mark(items[i]!.exercise, a.chosen, a.confidence),
        );
      }
    } catch {
      return showLoadProblem();
    }
    const practice = plan?.mode === 'practice';
    const next = recordAnswer(current, answer, { now: deps.now(), marks, feedback: practice });
    save(next);
    let announcement: string;
    if (practice) {
      const marked = scoring.mark(item.exercise, answer.chosen, answer.confidence);
      announcement = VERDICT_WORDS[scoring.verdict(marked)];
    } else {
      announcement =
        index + 1 < total ? `Answer saved. Question ${index + 2} of ${total}.` : 'Answer saved.';
    }
    await showCurrent(next, announcement);
  }

  return {
    get state() {
      return state;
    },

    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => void listeners.delete(listener);
    },

    open,

    keepDraft(draft) {
      const { screen } = state;
      if (screen.name !== 'question') return;
      withDrafts((store) => writeDraft(store, screen.query, screen.question.key, draft), undefined);
    },

    async answer(chosen, confidence) {
      const { screen } = state;
      if (screen.name !== 'question' || !round || answering) return;
      answering = true;
      withDrafts(clearDraft, undefined);
      try {
        await recordAndShow(round, screen, {
          exerciseKey: screen.question.key,
          chosen,
          confidence,
        });
      } finally {
        answering = false;
      }
    },

    async next() {
      if (state.screen.name !== 'feedback' || !round) return;
      save(closeFeedback(round));
      await showCurrent(round);
    },

    async playAgain() {
      if (state.screen.name !== 'summary' || !round) return;
      save(startRound(round.query, round.exerciseKeys, deps.now()));
      await showCurrent(round);
    },

    async retry() {
      const { screen } = state;
      if (screen.name !== 'problem' || !screen.retry || search === null) return;
      const again = search;
      search = null;
      await open(again);
    },
  };
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, i) => key === b[i]);
