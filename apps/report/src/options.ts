/**
 * The command line, read into plain options. Every mistake becomes a UsageError whose message says
 * what to fix in one line; nothing here touches the corpus or the file system.
 */
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  COUNT_RANGE,
  DEFAULT_COUNT,
  EXERCISE_KINDS,
  parseSettingsParams,
  SettingsError,
  type ExerciseSettings,
} from '@attribution-lab/exercises';
import type { Paper } from '@attribution-lab/worksheet';

export type DocumentKind = 'briefing' | 'worksheet';

export interface Output {
  document: DocumentKind;
  /** Where the PDF goes: a file path, or null for standard output (--out -). */
  path: string | null;
}

export interface ReportOptions {
  outputs: Output[];
  paper: Paper;
  /** Topic ids as given; checked against the corpus once it is loaded. */
  topicIds: string[] | null;
  seed: string;
  count: number;
  /** The worksheet's kinds of exercise and difficulty, as the quiz's round settings take them. */
  kinds?: ExerciseSettings['kinds'];
  difficulty?: ExerciseSettings['difficulty'];
  /**
   * The date asked for, YYYY-MM-DD, by --date or SOURCE_DATE_EPOCH; null for the corpus's release
   * date, which is known only once the corpus is loaded.
   */
  date: string | null;
  /** A corpus.json or authored corpus folder to read instead of the bundled corpus. */
  corpusFile: string | null;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'list-topics'; corpusFile: string | null }
  | { kind: 'report'; options: ReportOptions };

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: pnpm report [options]

Writes a printable briefing on the corpus as a PDF, every figure cited to the text it comes
from, and on request a classroom worksheet whose answer key starts on a new page.

Options:
  --document KIND    briefing (default), worksheet, or both
  --out FILE         where to write the PDF, or - for standard output (default: out/briefing.pdf,
                     or out/worksheet.pdf for the worksheet). With --document both, the worksheet
                     is written beside FILE as NAME-worksheet.pdf, and neither is written unless
                     both can be
  --paper SIZE       a4 (default) or letter
  --topics IDS       comma-separated topic ids to include (default: all); see --list-topics
  --seed TEXT        the worksheet's seed: the same seed gives the same exercises (default: class)
  --count N          how many exercises on the worksheet, ${COUNT_RANGE.min} to ${COUNT_RANGE.max} (default: ${DEFAULT_COUNT})
  --kinds KINDS      comma-separated kinds of exercise on the worksheet (default: every kind):
                     ${EXERCISE_KINDS.join(', ')}
  --difficulty N     only exercises of this difficulty, 1 to 3 (default: any)
  --date DATE        the edition date printed on page one and stored in the PDF: YYYY-MM-DD,
                     or "today" for the current date in UTC (default: SOURCE_DATE_EPOCH if set,
                     else the day the corpus was released). The same input and date always give
                     byte-identical files, so by default the output changes only with the data
  --corpus PATH      a corpus.json, or a corpus folder in the authored form, to use instead of
                     the corpus the package was built with
  --list-topics      print the topic ids and labels, and exit
  -h, --help         print this help, and exit

Relative paths are resolved from the folder you ran the command in.
Exit codes: 0 written, 1 invalid corpus or failed to write, 2 bad options.`;

const DEFAULT_SEED = 'class';

/**
 * The worksheet's settings, read by the exercises package as it reads a round link's, so the
 * worksheet accepts what the quiz accepts and a teacher's round prints the same set either way.
 */
function exerciseSettings(values: {
  seed?: string | undefined;
  count?: string | undefined;
  kinds?: string | undefined;
  difficulty?: string | undefined;
}): Pick<ReportOptions, 'seed' | 'count' | 'kinds' | 'difficulty'> {
  if (values.count !== undefined && !/^\d+$/.test(values.count)) {
    throw new UsageError(
      `--count must be a whole number from ${COUNT_RANGE.min} to ${COUNT_RANGE.max}, got "${values.count}"`,
    );
  }
  const params = new URLSearchParams({
    seed: values.seed ?? DEFAULT_SEED,
    count: values.count ?? String(DEFAULT_COUNT),
  });
  for (const key of ['kinds', 'difficulty'] as const) {
    const value = values[key];
    if (value !== undefined) params.set(key, value);
  }
  try {
    const { seed, count, kinds, difficulty } = parseSettingsParams(params);
    return {
      seed: seed ?? DEFAULT_SEED,
      count: count ?? DEFAULT_COUNT,
      ...(kinds ? { kinds } : {}),
      ...(difficulty !== undefined ? { difficulty } : {}),
    };
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    const [issue] = error.issues;
    throw new UsageError(`--${issue!.param} ${issue!.message}`);
  }
}

const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);

/**
 * The date asked for: --date, else SOURCE_DATE_EPOCH (the reproducible-builds convention), else
 * null for the corpus's release date. Only "--date today" reads the clock.
 */
function requestedDate(date: string | undefined, env: NodeJS.ProcessEnv, now: Date): string | null {
  if (date === 'today') return utcDay(now);
  if (date !== undefined) return checkDate(date);
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined) return null;
  if (!/^\d+$/.test(epoch))
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`);
  return utcDay(new Date(Number(epoch) * 1000));
}

function checkDate(date: string): string {
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid)
    throw new UsageError(`--date must be a calendar date as YYYY-MM-DD or "today", got "${date}"`);
  return date;
}

function choice<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `--${option} must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}, got "${value}"`,
  );
}

function outputs(
  kind: 'briefing' | 'worksheet' | 'both',
  out: string | undefined,
  cwd: string,
): Output[] {
  if (out !== undefined && (out === '' || out.endsWith('/')))
    throw new UsageError(`--out needs a file name such as briefing.pdf, got "${out}"`);
  if (out === '-') {
    if (kind === 'both')
      throw new UsageError(
        '--out - writes one PDF to standard output; ask for the briefing or the worksheet',
      );
    return [{ document: kind, path: null }];
  }
  const path = (p: string) => resolve(cwd, p);
  if (kind === 'worksheet')
    return [{ document: 'worksheet', path: path(out ?? 'out/worksheet.pdf') }];
  const briefing = path(out ?? 'out/briefing.pdf');
  if (kind === 'briefing') return [{ document: 'briefing', path: briefing }];
  const ext = extname(briefing);
  const worksheet =
    out === undefined
      ? path('out/worksheet.pdf')
      : join(dirname(briefing), `${basename(briefing, ext)}-worksheet${ext || '.pdf'}`);
  return [
    { document: 'briefing', path: briefing },
    { document: 'worksheet', path: worksheet },
  ];
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        document: { type: 'string' },
        out: { type: 'string' },
        paper: { type: 'string' },
        topics: { type: 'string' },
        seed: { type: 'string' },
        count: { type: 'string' },
        kinds: { type: 'string' },
        difficulty: { type: 'string' },
        date: { type: 'string' },
        corpus: { type: 'string' },
        'list-topics': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`unknown option ${option ?? ''}`.trim());
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`unexpected argument ${option ?? ''}; options start with --`.trim());
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(message.split('\n')[0]!);
    throw new UsageError(message.split('\n')[0]!);
  }
}

/**
 * Reads the arguments after `pnpm report`. `cwd` is the folder the user ran the command in (pnpm
 * runs scripts from the package folder and passes the user's folder as INIT_CWD).
 */
export function parseCommand(
  argv: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  now = new Date(),
): Command {
  // pnpm passes a literal "--" through to the script when the user separates options with it.
  const { values } = parse(argv[0] === '--' ? argv.slice(1) : argv);
  if (values.help) return { kind: 'help' };
  const corpusFile = values.corpus === undefined ? null : resolve(cwd, values.corpus);
  if (values['list-topics']) return { kind: 'list-topics', corpusFile };
  const document = choice(
    'document',
    values.document,
    ['briefing', 'worksheet', 'both'],
    'briefing',
  );
  const worksheet = exerciseSettings(values);
  const topicIds =
    values.topics === undefined
      ? null
      : values.topics
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
  if (topicIds && topicIds.length === 0)
    throw new UsageError('--topics needs at least one topic id; see --list-topics');
  return {
    kind: 'report',
    options: {
      outputs: outputs(document, values.out, cwd),
      paper: choice('paper', values.paper, ['a4', 'letter'], 'a4'),
      topicIds,
      ...worksheet,
      date: requestedDate(values.date, env, now),
      corpusFile,
    },
  };
}
