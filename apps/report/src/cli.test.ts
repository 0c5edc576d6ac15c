/**
 * The command as a user runs it: the built CLI in a child process, its PDFs read back with
 * poppler (pdftotext, pdffonts, pdfinfo), its failures checked for message, exit code and files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpus, getActor, getDocument } from '@attribution-lab/corpus';
import { generateExercises } from '@attribution-lab/exercises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPartialDate } from '@attribution-lab/corpus/queries';
import { creditClause, curlyQuotes, documentSource } from './briefing/format.js';
import { creationDate } from '@attribution-lab/worksheet';
import { fixtureCorpus } from './test-support/fixture.js';
import { CLI, run } from './test-support/command.js';
import { comparable, pdfinfo, pdftotext } from './test-support/read-pdf.js';

const DATE = ['--date', '2026-11-21'];

/** The PDF's creation date as pdfinfo gives it in ISO form ("2026-11-21T00:00:00Z"). */
const pdfCreationDate = (pdf: string) =>
  /CreationDate:\s+(\S+)/.exec(execFileSync('pdfinfo', ['-isodates', pdf]).toString())![1]!;

/**
 * An environment whose clock reads `instant`: a module preloaded before the CLI replaces Date's
 * notion of now, as if the command were run on that day.
 */
function onDay(instant: string): NodeJS.ProcessEnv {
  const clock = join(folder(), 'clock.mjs');
  writeFileSync(
    clock,
    `const now = Date.parse(${JSON.stringify(instant)});
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) { args.length ? super(...args) : super(now); }
  static now() { return now; }
};
`,
  );
  return { NODE_OPTIONS: `--import ${pathToFileURL(clock).href}` };
}

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('pnpm report', () => {
  let dir: string;
  let briefing: string;
  let output: ReturnType<typeof run>;

  beforeAll(() => {
    dir = folder();
    output = run([...DATE], dir);
    briefing = join(dir, 'out', 'briefing.pdf');
  });

  it('writes the briefing to out/briefing.pdf and says where, with its paper and page count', () => {
    expect(output.stderr).toBe('');
    expect(output.status).toBe(0);
    const pages = /Pages:\s+(\d+)/.exec(pdfinfo(briefing))![1];
    expect(output.stdout.trim()).toMatch(
      new RegExp(`^Wrote the briefing \\(A4, ${pages} pages, \\d+ kB\\) to out/briefing\\.pdf$`),
    );
  });

  it('is A4 with the title, subject, language and creation date set', () => {
    const info = pdfinfo(briefing);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toContain(`Title:           Source briefing: ${corpus.event.name}`);
    expect(info).toMatch(/Subject:\s+What 5 texts report/);
    expect(info).toMatch(/CreationDate:\s+Sat Nov 21 00:00:00 2026 UTC/);
    expect(readFileSync(briefing).toString('latin1')).toContain('/Lang (en-GB)');
  });

  it('has bookmarks for its sections', () => {
    const raw = readFileSync(briefing).toString('latin1');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    for (const title of [
      'What happened',
      'Key figures',
      'Where the sources disagree',
      'Timeline',
      'The sources',
      'Annex A. Other figures',
      'Annex D. Notes',
    ]) {
      expect(raw).toContain(`/Title (${title})`);
    }
  });

  it('embeds a subset of every font it uses, the Arabic one included', () => {
    const fonts = execFileSync('pdffonts', [briefing]).toString().trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    expect(fonts.join('\n')).toContain('NotoSansArabic');
    for (const font of fonts) expect(font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
  });

  it('prints every quoted figure and every flagged passage, word for word', () => {
    const text = comparable(pdftotext(briefing));
    const quotes = [
      ...corpus.claims.map((c) => c.quote.exact),
      ...corpus.flags.map((f) => f.quote.exact),
    ];
    const missing = quotes.filter((q) => !text.includes(comparable(q)));
    expect(missing).toEqual([]);
  });

  it('cites every figure in a note naming its text, the source it credits and where it is', () => {
    const text = comparable(pdftotext(briefing, { raw: true }));
    const notes = corpus.claims.map((claim) => {
      const document = getDocument(corpus, claim.documentId);
      return `${documentSource(corpus, document)}, ${document.title}, ${formatPartialDate(document.published.date)}; ${creditClause(corpus, claim)}; characters ${claim.quote.start}–${claim.quote.end}.`;
    });
    expect(notes.filter((note) => !text.includes(comparable(note)))).toEqual([]);
    const credited = corpus.claims.filter((c) => c.attribution.actorId);
    expect(credited.length).toBeGreaterThan(0);
    expect(
      credited.some((c) =>
        text.includes(comparable(`credited to ${getActor(corpus, c.attribution.actorId!).name}`)),
      ),
    ).toBe(true);
  });

  it('prints what each flag says and why it matters, Arabic words in place', () => {
    const text = comparable(pdftotext(briefing));
    // The corpus's prose is printed with the briefing's own, curly, quotation marks.
    const passages = corpus.flags.flatMap((f) => [f.says, f.why]).map(curlyQuotes);
    expect(passages.filter((p) => !text.includes(comparable(p)))).toEqual([]);
  });

  it('prints the Arabic words of 002 with their letters in order', () => {
    const text = comparable(pdftotext(briefing));
    const arabic = corpus.flags.filter((f) => /\p{Script=Arabic}/u.test(f.quote.exact));
    expect(arabic.length).toBeGreaterThan(0);
    for (const flag of arabic) expect(text).toContain(comparable(flag.quote.exact));
  });

  it('gives the same bytes for the same input and date', () => {
    const again = join(dir, 'again.pdf');
    expect(run([...DATE, '--out', again], dir).status).toBe(0);
    expect(readFileSync(again).equals(readFileSync(briefing))).toBe(true);
  });

  it('gives the same bytes on different days without a date, dated by the corpus release', () => {
    const a = join(dir, 'a.pdf');
    const b = join(dir, 'b.pdf');
    expect(run(['--out', a], dir, onDay('2026-12-01T09:00:00Z')).status).toBe(0);
    expect(run(['--out', b], dir, onDay('2027-03-15T17:45:00Z')).status).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(comparable(pdftotext(a))).toContain(
      comparable(`the release date of corpus version ${corpus.version}`),
    );
    const release = creationDate({ date: corpus.released, basis: 'release' });
    expect(new Date(pdfCreationDate(a))).toEqual(release);
  });

  it('stamps the current day in UTC for --date today', () => {
    const today = join(dir, 'today.pdf');
    expect(
      run(['--date', 'today', '--out', today], dir, onDay('2027-03-15T23:30:00Z')).status,
    ).toBe(0);
    expect(new Date(pdfCreationDate(today))).toEqual(new Date('2027-03-15T00:00:00Z'));
    const text = comparable(pdftotext(today));
    expect(text).toContain(comparable('EDITION DATE 15 March 2027'));
    expect(text).not.toContain(comparable('release date of corpus'));
  });

  it('prints on US Letter when asked', () => {
    const letter = join(dir, 'letter.pdf');
    expect(run([...DATE, '--paper', 'letter', '--out', letter], dir).status).toBe(0);
    expect(pdfinfo(letter)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('refuses a bad option in one line, exit code 2, and writes nothing', () => {
    const empty = folder();
    const result = run(['--paper', 'a3'], empty);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('report: --paper must be a4 or letter, got "a3" (see --help)\n');
    expect(readdirSync(empty)).toEqual([]);
  });

  it('writes the PDF to standard output for --out -, and nothing to disk', () => {
    const empty = folder();
    const result = spawnSync(process.execPath, [CLI, ...DATE, '--out', '-'], {
      env: { ...process.env, INIT_CWD: empty },
    });
    expect(result.status).toBe(0);
    expect(result.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.stdout.equals(readFileSync(briefing))).toBe(true);
    expect(result.stderr.toString()).toMatch(
      /^Wrote the briefing \(A4, \d+ pages, \d+ kB\) to standard output\n$/,
    );
    expect(readdirSync(empty)).toEqual([]);
  });

  it('refuses to replace a device or a pipe, in one line', () => {
    const fifo = join(folder(), 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const result = run([...DATE, '--out', fifo], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^report: cannot write .*pipe\.pdf: it is a named pipe \(FIFO\), not a file\n$/,
    );
  });

  it('writes neither document when the worksheet cannot be written', () => {
    const here = folder();
    writeFileSync(join(here, 'week1.pdf'), 'the previous briefing');
    execFileSync('mkfifo', [join(here, 'week1-worksheet.pdf')]);
    const result = run([...DATE, '--document', 'both', '--out', 'week1.pdf'], here);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/week1-worksheet\.pdf: it is a named pipe/);
    expect(readFileSync(join(here, 'week1.pdf'), 'utf8')).toBe('the previous briefing');
  });

  it('refuses an unknown topic, naming it', () => {
    const result = run(['--topics', 'prison-population,weather'], folder());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^report: unknown topic "weather"; see --list-topics/);
  });

  it('fails in one line on an unwritable path, leaving the previous briefing as it was', () => {
    const before = readFileSync(briefing);
    writeFileSync(join(dir, 'a-file'), 'x');
    const result = run([...DATE, '--out', join(dir, 'a-file', 'briefing.pdf')], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^report: cannot write .*a-file\/briefing\.pdf: a part of the path is a file, not a folder\n$/,
    );
    expect(readFileSync(briefing).equals(before)).toBe(true);
  });

  it('refuses an invalid corpus in one line naming the record, and keeps the previous file', () => {
    const broken = fixtureCorpus();
    broken.claims[0]!.quote.exact = 'words the text does not have';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const before = readFileSync(briefing);
    const result = run([...DATE, '--corpus', file], dir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^report: invalid corpus .*broken\.json: claims\[c-population\] › quote/,
    );
    expect(readFileSync(briefing).equals(before)).toBe(true);
  });

  it('says so in one line when the corpus file is not there', () => {
    const result = run(['--corpus', 'nowhere.json'], folder());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^report: cannot read the corpus .*nowhere\.json: no such file\n$/,
    );
  });

  it('lists the topic ids', () => {
    const result = run(['--list-topics'], folder());
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(corpus.topics.length);
    expect(result.stdout).toMatch(/^prison-population\s+Detainees in the prison \(event\)$/m);
  });

  it('explains its options', () => {
    const result = run(['--help'], folder());
    expect(result.status).toBe(0);
    for (const option of ['--out', '--paper', '--document', '--seed', '--topics', '--date'])
      expect(result.stdout).toContain(option);
  });
});

describe('pnpm report with a corpus of your own', () => {
  const DATA = fileURLToPath(new URL('../../../packages/corpus/data', import.meta.url));

  it('reads a corpus folder in the authored form', () => {
    const dir = folder();
    expect(run([...DATE, '--corpus', DATA, '--out', 'folder.pdf'], dir).status).toBe(0);
    expect(comparable(pdftotext(join(dir, 'folder.pdf')))).toContain(comparable(corpus.title));
  });

  it('prints a briefing on another event from a corpus someone else wrote (examples/)', () => {
    const dir = folder();
    const example = fileURLToPath(new URL('../../../examples/ashford-vale-flood', import.meta.url));
    expect(run([...DATE, '--corpus', example, '--out', 'flood.pdf'], dir).status).toBe(0);
    const text = comparable(pdftotext(join(dir, 'flood.pdf')));
    expect(text).toContain(comparable('Ashford Vale flood'));
    expect(text).not.toMatch(/Sina|Hasakah/);
  });

  it('refuses a broken corpus folder in one line naming the file and record', () => {
    const dir = folder();
    const copy = join(dir, 'data');
    cpSync(DATA, copy, { recursive: true });
    const topics = join(copy, 'topics.yaml');
    writeFileSync(topics, readFileSync(topics, 'utf8').replace('kind: count', 'kind: amount'));
    const result = run([...DATE, '--corpus', copy], dir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^report: invalid corpus .*data: topics\.yaml › topics\[[a-z-]+\] › kind/,
    );
  });

  it('prints Arabic words that stand together in the order the text has them', () => {
    const dir = folder();
    const file = join(dir, 'corpus.json');
    writeFileSync(file, JSON.stringify(fixtureCorpus()));
    expect(run([...DATE, '--corpus', file, '--out', 'mine.pdf'], dir).status).toBe(0);
    const text = comparable(pdftotext(join(dir, 'mine.pdf')));
    expect(text).toContain(comparable('“ثمَّ وثَّق came the attack.”'));
    expect(text).toContain(comparable('Two Arabic words, ثمَّ وثَّق, are left untranslated.'));
    expect(text).toContain(comparable('Bāghūz'));
    expect(text).toContain(comparable('It is “the largest” jail.'));
  });
});

describe('pnpm report --document worksheet', () => {
  let dir: string;
  let output: ReturnType<typeof run>;

  beforeAll(() => {
    dir = folder();
    output = run(
      [
        ...DATE,
        '--document',
        'both',
        '--seed',
        'river-7',
        '--count',
        '10',
        '--out',
        'print/week1.pdf',
      ],
      dir,
    );
  });

  it('writes the worksheet beside the briefing when both are asked for, and says where', () => {
    expect(output.status).toBe(0);
    expect(output.stdout).toMatch(
      /^Wrote the briefing \(A4, \d+ pages, \d+ kB\) to print\/week1\.pdf$/m,
    );
    expect(output.stdout).toMatch(
      /^Wrote the worksheet \(A4, \d+ pages, \d+ kB\) to print\/week1-worksheet\.pdf$/m,
    );
  });

  it('asks the questions the seed gives, in order, before an answer key that starts on its own page', () => {
    const pdf = join(dir, 'print', 'week1-worksheet.pdf');
    const exercises = generateExercises(corpus, { seed: 'river-7', count: 10 });
    const text = comparable(pdftotext(pdf));
    const positions = exercises.map((e) => text.indexOf(comparable(e.prompt)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const keyPage = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'])
      .toString()
      .split('\f')
      .findIndex((page) => page.includes('Answer key\n'));
    expect(keyPage).toBeGreaterThan(0);
    const fonts = execFileSync('pdffonts', [pdf]).toString().trim().split('\n').slice(2);
    for (const font of fonts) expect(font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
  });

  it('gives the same worksheet for the same seed and a different one for another', () => {
    const again = run(
      [
        ...DATE,
        '--document',
        'worksheet',
        '--seed',
        'river-7',
        '--count',
        '10',
        '--out',
        'again.pdf',
      ],
      dir,
    );
    const other = run(
      [
        ...DATE,
        '--document',
        'worksheet',
        '--seed',
        'lake-3',
        '--count',
        '10',
        '--out',
        'other.pdf',
      ],
      dir,
    );
    expect([again.status, other.status]).toEqual([0, 0]);
    const first = readFileSync(join(dir, 'print', 'week1-worksheet.pdf'));
    expect(readFileSync(join(dir, 'again.pdf')).equals(first)).toBe(true);
    expect(readFileSync(join(dir, 'other.pdf')).equals(first)).toBe(false);
  });
});
