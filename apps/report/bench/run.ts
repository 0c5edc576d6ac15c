/**
 * The briefing, side by side: pdfmake (this app's command, in a fresh process, from command to
 * file on disk) against the same content as an HTML page printed to PDF by headless Chromium, the
 * alternative an NGO would reach for. Runs alternate between the two, each a cold process, and
 * each is measured as a whole process tree (bench/process-tree.py): processor time (user and
 * system, every process it starts), wall time until the last of them exits, peak memory of the
 * largest, and the file size. Goals: processor time at most half of Chromium's, wall time at
 * least twice as fast. Then the floor: renders in a warm process (bench/warm.ts), the time left
 * were every start-up cost taken away.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, summarise, writeResults, type Measurement } from '@attribution-lab/bench';
import { corpus, INTEGRITY_RULES } from '@attribution-lab/corpus';
import { buildBriefing } from '../src/briefing/index.js';
import { toHtml } from './html.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const HERE = fileURLToPath(new URL('.', import.meta.url));
const CLI = join(HERE, '..', 'dist', 'cli.js');
const PROCESS_TREE = join(HERE, 'process-tree.py');
const WARM = join(HERE, 'warm.ts');
/** Processes for the warm-render floor, each rendering this many times (the first one cold). */
const WARM_PROCESSES = 3;
const WARM_RENDERS = 6;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DATE = '2026-11-21';

interface Run {
  /** From start until the last process of the tree exits. */
  ms: number;
  /** Processor time (user and system) of every process in the tree, waited for or not. */
  cpuMs: number;
  /** Peak resident memory of the largest process in the tree. */
  peakMb: number;
  processes: number;
}

/** Runs a command cold and measures its whole process tree. */
function timed(command: string, args: string[]): Run {
  const result = spawnSync('python3', [PROCESS_TREE, command, ...args], { encoding: 'utf8' });
  if (result.error) throw new Error(`the bench needs python3 (Linux): ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const lines = result.stderr.trim().split('\n');
  const tree = JSON.parse(lines[lines.length - 1]!) as {
    wallMs: number;
    cpuMs: number;
    peakKb: number;
    processes: number;
  };
  return {
    ms: tree.wallMs,
    cpuMs: tree.cpuMs,
    peakMb: tree.peakKb / 1024,
    processes: tree.processes,
  };
}

/**
 * Renders after the first in processes that render the briefing again and again (bench/warm.ts):
 * the time no start-up trick can go below, since it is all rendering.
 */
function warmRenders(): number[] {
  const times: number[] = [];
  for (let i = 0; i < WARM_PROCESSES; i++) {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', WARM, String(WARM_RENDERS), DATE],
      { encoding: 'utf8' },
    );
    if (result.status !== 0)
      throw new Error(`bench/warm.ts failed (${result.status}): ${result.stderr.slice(-500)}`);
    const lines = result.stdout.trim().split('\n');
    times.push(...(JSON.parse(lines[lines.length - 1]!) as number[]).slice(1));
  }
  return times;
}

function measureTool(
  name: string,
  runs: Run[],
  file: string,
  extra: Measurement['extra'] = {},
): Measurement[] {
  const bytes = statSync(file).size;
  return [
    summarise(
      `${name}: wall time, cold process`,
      'ms',
      runs.map((r) => r.ms),
      { bytes, processes: Math.max(...runs.map((r) => r.processes)), ...extra },
    ),
    summarise(
      `${name}: processor time, all processes`,
      'ms',
      runs.map((r) => r.cpuMs),
    ),
    summarise(
      `${name}: peak memory (largest process)`,
      'MB',
      runs.map((r) => r.peakMb),
    ),
  ];
}

function main(): void {
  if (!existsSync(CLI)) throw new Error(`build the app first: ${CLI} is missing`);
  const dir = mkdtempSync(join(tmpdir(), 'report-bench-'));
  try {
    const html = join(dir, 'briefing.html');
    writeFileSync(
      html,
      toHtml(
        buildBriefing(corpus, {
          paper: 'a4',
          edition: { date: DATE, basis: 'requested' },
          checks: INTEGRITY_RULES.map(({ id, description }) => ({ id, description })),
        }),
      ),
    );
    const pdfmakeOut = join(dir, 'briefing-pdfmake.pdf');
    const chromiumOut = join(dir, 'briefing-chromium.pdf');
    const chromiumArgs = (profile: string) => [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${chromiumOut}`,
      `file://${html}`,
    ];
    // Runs alternate between the two tools so that both meet the same load on a shared machine.
    const loadBefore = Number(loadavg()[0]!.toFixed(2));
    const pdfmakeRuns: Run[] = [];
    const chromiumRuns: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      pdfmakeRuns.push(timed(process.execPath, [CLI, '--date', DATE, '--out', pdfmakeOut]));
      chromiumRuns.push(timed(CHROMIUM, chromiumArgs(join(dir, `profile-${i}`))));
    }

    // Other people's work on a shared machine slows both tools; the load average says how much.
    const load = {
      loadAverageBefore: loadBefore,
      loadAverageAfter: Number(loadavg()[0]!.toFixed(2)),
    };
    const pdfmake = measureTool('briefing by pdfmake', pdfmakeRuns, pdfmakeOut, load);
    const chromium = measureTool(
      'same content by headless Chromium',
      chromiumRuns,
      chromiumOut,
      load,
    );
    const [pdfmakeWall, pdfmakeCpu] = [pdfmake[0]!.median, pdfmake[1]!.median];
    const [chromiumWall, chromiumCpu] = [chromium[0]!.median, chromium[1]!.median];
    const cpuVsChromium = pdfmakeCpu / chromiumCpu;
    const timesFasterThanChromium = chromiumWall / pdfmakeWall;
    const sizeRatio = statSync(pdfmakeOut).size / statSync(chromiumOut).size;
    pdfmake[0]!.extra = {
      ...pdfmake[0]!.extra,
      timesFasterThanChromium: Number(timesFasterThanChromium.toFixed(2)),
      goalTwiceAsFast: timesFasterThanChromium >= 2,
      sizeVsChromium: Number(sizeRatio.toFixed(2)),
    };
    pdfmake[1]!.extra = {
      cpuVsChromium: Number(cpuVsChromium.toFixed(2)),
      goalHalfChromiumCpu: cpuVsChromium <= 0.5,
    };
    const warm = summarise(
      'briefing by pdfmake: render in a warm process (the floor)',
      'ms',
      warmRenders(),
      { processes: WARM_PROCESSES, rendersEach: WARM_RENDERS - 1 },
    );
    warm.extra = {
      ...warm.extra,
      chromiumWallOverWarmRender: Number((chromiumWall / warm.median).toFixed(2)),
    };
    const measurements = [...pdfmake, warm, ...chromium];
    measurements.forEach(report);
    console.log(
      `processor time: pdfmake ${pdfmakeCpu.toFixed(0)} ms, Chromium ${chromiumCpu.toFixed(0)} ms, ratio ${cpuVsChromium.toFixed(2)} (goal at most 0.5)\n` +
        `wall time: pdfmake ${pdfmakeWall.toFixed(0)} ms, Chromium ${chromiumWall.toFixed(0)} ms, Chromium/pdfmake ${timesFasterThanChromium.toFixed(2)} (goal at least 2)\n` +
        `a warm render alone: ${warm.median.toFixed(0)} ms, so at best Chromium/pdfmake ${(chromiumWall / warm.median).toFixed(2)} with every start-up cost gone`,
    );
    console.log(
      `written to ${writeResults(join(HERE, '..'), '@attribution-lab/report', measurements)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
