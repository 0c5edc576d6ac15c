import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError, type ReportOptions } from './options.js';

const cwd = '/home/teacher';
const now = new Date('2026-11-21T15:30:00Z');
const report = (argv: string[], env: NodeJS.ProcessEnv = {}): ReportOptions => {
  const command = parseCommand(argv, cwd, env, now);
  if (command.kind !== 'report') throw new Error(`expected a report, got ${command.kind}`);
  return command.options;
};

describe('parseCommand', () => {
  it('writes an A4 briefing to out/briefing.pdf under the folder it was run from by default', () => {
    expect(report([])).toEqual({
      outputs: [{ document: 'briefing', path: '/home/teacher/out/briefing.pdf' }],
      paper: 'a4',
      topicIds: null,
      seed: 'class',
      count: 10,
      date: null,
      corpusFile: null,
    });
  });

  it('takes the output path, paper, topics, seed, count and date from the options', () => {
    const options = report([
      '--out',
      'b.pdf',
      '--paper',
      'letter',
      '--topics',
      'a, b',
      '--seed',
      'x',
      '--count',
      '5',
      '--date',
      '2024-02-29',
    ]);
    expect(options).toMatchObject({
      paper: 'letter',
      topicIds: ['a', 'b'],
      seed: 'x',
      count: 5,
      date: '2024-02-29',
    });
    expect(options.outputs).toEqual([{ document: 'briefing', path: '/home/teacher/b.pdf' }]);
  });

  it('accepts the "--" that pnpm passes through before the options', () => {
    expect(report(['--', '--paper', 'letter']).paper).toBe('letter');
  });

  it('writes the worksheet beside the briefing when both are asked for', () => {
    expect(report(['--document', 'both', '--out', 'print/week1.pdf']).outputs).toEqual([
      { document: 'briefing', path: '/home/teacher/print/week1.pdf' },
      { document: 'worksheet', path: '/home/teacher/print/week1-worksheet.pdf' },
    ]);
    expect(report(['--document', 'worksheet']).outputs).toEqual([
      { document: 'worksheet', path: '/home/teacher/out/worksheet.pdf' },
    ]);
  });

  it('takes the date from SOURCE_DATE_EPOCH for reproducible builds', () => {
    expect(report([], { SOURCE_DATE_EPOCH: '1642636800' }).date).toBe('2022-01-20');
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => report([], { SOURCE_DATE_EPOCH: 'soon' })).toThrow(
      /SOURCE_DATE_EPOCH must be whole seconds since 1970, got "soon"/,
    );
  });

  it('prefers --date to SOURCE_DATE_EPOCH', () => {
    expect(report(['--date', '2024-02-29'], { SOURCE_DATE_EPOCH: '1642636800' }).date).toBe(
      '2024-02-29',
    );
  });

  it('leaves the date to the corpus release without reading the clock when none is asked for', () => {
    const otherDay = parseCommand([], cwd, {}, new Date('2030-06-01T08:00:00Z'));
    expect(otherDay).toEqual({ kind: 'report', options: report([]) });
    expect(report([]).date).toBeNull();
  });

  it('stamps the current day in UTC for --date today', () => {
    expect(report(['--date', 'today']).date).toBe('2026-11-21');
    const lateInSydney = new Date('2026-12-31T23:30:00Z');
    const command = parseCommand(['--date', 'today'], cwd, {}, lateInSydney);
    expect(command.kind === 'report' && command.options.date).toBe('2026-12-31');
  });

  it('answers --help and --list-topics without reading other options', () => {
    expect(parseCommand(['--help'], cwd).kind).toBe('help');
    expect(parseCommand(['--list-topics', '--corpus', 'c.json'], cwd)).toEqual({
      kind: 'list-topics',
      corpusFile: '/home/teacher/c.json',
    });
  });

  it("reads the worksheet's kinds and difficulty as a round link does, so a teacher's round prints the same set", () => {
    const command = parseCommand(
      [
        '--document',
        'worksheet',
        '--seed',
        'k7m2',
        '--kinds',
        'names, timeline',
        '--difficulty',
        '2',
      ],
      cwd,
      {},
      now,
    );
    expect(command.kind === 'report' && command.options).toMatchObject({
      seed: 'k7m2',
      count: 10,
      kinds: ['timeline', 'names'], // in the package's order of kinds, as a round link writes them
      difficulty: 2,
    });
  });

  it.each([
    [['--colour', 'red'], /unknown option --colour/],
    [['briefing.pdf'], /unexpected argument/],
    [['--paper', 'a3'], /--paper must be a4 or letter, got "a3"/],
    [['--document', 'poster'], /--document must be briefing, worksheet or both/],
    [['--date', '2022-02-30'], /--date must be a calendar date/],
    [['--date', 'yesterday'], /--date must be a calendar date as YYYY-MM-DD or "today"/],
    [['--count', '0'], /--count .*use a whole number from 1 to 50/],
    [['--count', 'ten'], /--count must be a whole number from 1 to 50, got "ten"/],
    [['--topics', ' , '], /--topics needs at least one topic id/],
    [['--kinds', 'names,guessing'], /--kinds .*guessing/],
    [['--difficulty', '4'], /--difficulty/],
    [['--out', 'folder/'], /--out needs a file name/],
    [['--out', '-', '--document', 'both'], /--out - writes one PDF to standard output/],
    [['--seed', ' '], /--seed is missing/],
    [['--seed', 'x'.repeat(101)], /--seed is 101 characters long/],
    [['--paper'], /--paper/],
  ])('rejects %j with a one-line message saying what to fix', (argv, message) => {
    expect(() => parseCommand(argv, cwd, {}, now)).toThrow(UsageError);
    expect(() => parseCommand(argv, cwd, {}, now)).toThrow(message);
    try {
      parseCommand(argv, cwd, {}, now);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
