/**
 * A round being played: the screen the play page shows, and what each thing the student does
 * leads to. Loading, storage, the clock, the address bar and idle time come in as dependencies,
 * so the page only renders `state` and forwards events, and tests play whole rounds with fakes.
 */
import type { ConfidenceLevel } from './confidence.js';
import type { ExerciseIndex, QuizItem } from './quiz-item.js';
import { closeFeedback, currentStep, recordAnswer, startRound, type Mode } from './round.js';
import { pickExercises, readRoundLink, type RoundPlan } from './round-link.js';
import type { mark, Marked, verdict } from './scoring.js';
import {
  latestRound,
  loadProgress,
  saveProgress,
  withRound,
  type KeyValueStore,
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
  | { name: 'question'; item: QuizItem; index: number; total: number }
  | {
      name: 'feedback';
      item: QuizItem;
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
  loadIndex: () => Promise<ExerciseIndex>;
  loadItem: (key: string) => Promise<QuizItem>;
  /**
   * The marking, and anything else the view needs once an answer is in (it can load its
   * feedback and summary components alongside). Asked for when the first question is on screen
   * and the browser is idle, or when an answer needs it; a failure is asked again next time.
   */
  loadAfterAnswer: () => Promise<Marking>;
  /** The device's storage, or null when the browser will not give it. */
  storage: () => KeyValueStore | null;
  now: () => Date;
  /** Puts this query string into the address in place of the current one. */
  replaceQuery: (query: string) => void;
  /** Runs work once the browser is idle, after what is on screen has been drawn. */
  whenIdle: (work: () => void) => void;
}

const VERDICT_WORDS = { right: 'Right.', partly: 'Partly right.', wrong: 'Not quite.' } as const;

export class RoundSession {
  #state: SessionState = {
    screen: { name: 'loading' },
    mode: null,
    notice: null,
    announcement: '',
  };
  readonly #listeners = new Set<(state: SessionState) => void>();
  readonly #deps: SessionDependencies;
  /** The query string the session was opened with, in the canonical form written to the address. */
  #search: string | null = null;
  #plan: RoundPlan | null = null;
  #round: SavedRound | null = null;
  /** Null when the browser gives no storage: the round plays without being saved. */
  #progress: Progress | null = null;
  #marking: Promise<Marking> | null = null;
  #answering = false;

  constructor(dependencies: SessionDependencies) {
    this.#deps = dependencies;
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Calls the listener with the state now and after every change; returns how to stop. */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => void this.#listeners.delete(listener);
  }

  /**
   * Opens the round a link's query string names: the saved round for it if this build draws the
   * same questions, a fresh one otherwise. Opening the address already open does nothing.
   */
  async open(search: string): Promise<void> {
    if (search === this.#search) return;
    this.#show({ name: 'loading' });
    const link = readRoundLink(new URLSearchParams(search));
    if (!link.ok) {
      this.#search = search;
      this.#set({ mode: null });
      return this.#show({
        name: 'problem',
        title: 'This round link does not work',
        problems: link.problems,
        retry: false,
      });
    }
    this.#plan = link.plan;
    this.#set({ mode: link.plan.mode });
    this.#search = `?${link.query}`;
    // A one-tap start has no seed yet: write the drawn seed into the address, so a reload or a
    // shared link gives the same questions.
    if (this.#search !== search) this.#deps.replaceQuery(link.query);

    let keys: string[];
    try {
      keys = pickExercises(await this.#deps.loadIndex(), link.plan.settings);
    } catch {
      return this.#showLoadProblem();
    }
    if (keys.length === 0) {
      return this.#show({
        name: 'problem',
        title: 'No questions match these settings',
        problems: ['Try more kinds of question, or any difficulty.'],
        retry: false,
      });
    }

    const store = this.#deps.storage();
    const loaded = store ? loadProgress(store, this.#deps.now) : null;
    this.#progress = loaded?.progress ?? null;
    this.#set({
      notice: loaded ? loaded.notice : 'This browser does not let the quiz save progress.',
    });
    // A saved round is resumed only if this build draws the same questions for its link: a new
    // corpus may have changed them.
    const saved = this.#progress ? latestRound(this.#progress, link.query) : undefined;
    if (saved && sameKeys(saved.exerciseKeys, keys)) this.#round = saved;
    else this.#save(startRound(link.query, keys, this.#deps.now()));
    await this.#showCurrent();
  }

  /** Marks the answer to the question on screen and saves it; ignored anywhere else. */
  async answer(chosen: string[], confidence: ConfidenceLevel | null): Promise<void> {
    const { screen } = this.#state;
    const round = this.#round;
    if (screen.name !== 'question' || !round || this.#answering) return;
    this.#answering = true;
    try {
      await this.#recordAnswer(round, screen, { exerciseKey: screen.item.key, chosen, confidence });
    } finally {
      this.#answering = false;
    }
  }

  async #recordAnswer(
    round: SavedRound,
    { item, index, total }: Extract<Screen, { name: 'question' }>,
    answer: SavedAnswer,
  ): Promise<void> {
    let marking: Marking;
    let marks: Marked[] = [];
    try {
      marking = await this.#loadMarking();
      if (index + 1 === total) {
        // The last answer finishes the round, and the saved score needs every answer's mark.
        const items = await this.#loadItems(round.exerciseKeys);
        marks = [...round.answers, answer].map((a, i) =>
          marking.mark(items[i]!.exercise, a.chosen, a.confidence),
        );
      }
    } catch {
      return this.#showLoadProblem();
    }
    const practice = this.#plan?.mode === 'practice';
    this.#save(recordAnswer(round, answer, { now: this.#deps.now(), marks, feedback: practice }));
    let announcement: string;
    if (practice) {
      const marked = marking.mark(item.exercise, answer.chosen, answer.confidence);
      announcement = VERDICT_WORDS[marking.verdict(marked)];
    } else {
      announcement =
        index + 1 < total ? `Answer saved. Question ${index + 2} of ${total}.` : 'Answer saved.';
    }
    await this.#showCurrent(announcement);
  }

  /** Closes the feedback on screen and goes on to the next question, or the results. */
  async next(): Promise<void> {
    if (this.#state.screen.name !== 'feedback' || !this.#round) return;
    this.#save(closeFeedback(this.#round));
    await this.#showCurrent();
  }

  /** Starts the same questions again from the first, keeping the finished round in the record. */
  async playAgain(): Promise<void> {
    if (this.#state.screen.name !== 'summary' || !this.#round) return;
    const { query, exerciseKeys } = this.#round;
    this.#save(startRound(query, exerciseKeys, this.#deps.now()));
    await this.#showCurrent();
  }

  /** After a load failure, opens the same round again from the start: saved, then resumed. */
  async retry(): Promise<void> {
    const { screen } = this.#state;
    if (screen.name !== 'problem' || !screen.retry || this.#search === null) return;
    const search = this.#search;
    this.#search = null;
    await this.open(search);
  }

  /** Shows where the round is: the current question, the latest answer's feedback, or the end. */
  async #showCurrent(announcement?: string): Promise<void> {
    const round = this.#round!;
    const step = currentStep(round);
    const total = round.exerciseKeys.length;
    try {
      if (step.name === 'finished') {
        const [items] = await Promise.all([
          this.#loadItems(round.exerciseKeys),
          this.#loadMarking(),
        ]);
        this.#show(
          { name: 'summary', round, items, plan: this.#plan! },
          'Round finished. Here are your results.',
        );
      } else if (step.name === 'feedback') {
        const { answer, index } = step;
        const [item, { mark }] = await Promise.all([
          this.#deps.loadItem(answer.exerciseKey),
          this.#loadMarking(),
        ]);
        const marked = mark(item.exercise, answer.chosen, answer.confidence);
        this.#show({ name: 'feedback', item, index, total, answer, marked }, announcement);
      } else {
        const item = await this.#deps.loadItem(step.exerciseKey);
        this.#show({ name: 'question', item, index: step.index, total }, announcement);
        // Fetch what comes next while the student reads, so the next question appears at once.
        const nextKey = round.exerciseKeys[step.index + 1];
        this.#deps.whenIdle(() => {
          void this.#loadMarking().catch(() => {});
          if (nextKey) void this.#deps.loadItem(nextKey).catch(() => {});
        });
      }
    } catch {
      this.#showLoadProblem();
    }
  }

  #showLoadProblem(): void {
    this.#show({
      name: 'problem',
      title: 'The questions could not be loaded',
      problems: ['Check the connection and try again. Once loaded, the quiz also works offline.'],
      retry: true,
    });
  }

  #loadItems(keys: readonly string[]): Promise<QuizItem[]> {
    return Promise.all(keys.map((key) => this.#deps.loadItem(key)));
  }

  #loadMarking(): Promise<Marking> {
    this.#marking ??= this.#deps.loadAfterAnswer().catch((error: unknown) => {
      this.#marking = null;
      throw error;
    });
    return this.#marking;
  }

  /** Keeps the round and saves it; a browser that refuses gets a notice, and play goes on. */
  #save(round: SavedRound): void {
    this.#round = round;
    if (!this.#progress) return;
    this.#progress = withRound(this.#progress, round);
    const store = this.#deps.storage();
    if (store && !saveProgress(store, this.#progress)) {
      this.#set({
        notice: 'This browser would not save your progress; finish the round before you close it.',
      });
    }
  }

  #show(screen: Screen, announcement?: string): void {
    this.#set(announcement === undefined ? { screen } : { screen, announcement });
  }

  #set(change: Partial<SessionState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener(this.#state);
  }
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, i) => key === b[i]);
