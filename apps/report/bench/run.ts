/**
 * The briefing, side by side: pdfmake (this app's command, in a fresh process, from command to
 * file on disk) against the same content as an HTML page printed to PDF by headless Chromium, the
 * alternative an NGO would reach for. Wall time (median of several cold runs), peak memory and
 * file size for both. Goals: under 0.5 s median, at least 5× faster than Chromium, a smaller file.
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
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIME = '/usr/bin/time';
const DATE = '2026-11-21';

interface Run {
  ms: number;
  /** Peak resident memory in MB of the largest process, from GNU time; null without it. */
  peakMb: number | null;
  /**
   * Processor time in ms (user and system, the process and the children it waited for), from GNU
   * time; null without it. On a shared machine it moves less with other people's load than wall
   * time does.
   */
  cpuMs: number | null;
}

/** Runs a command cold, timing it from spawn to exit. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const withTime = existsSync(TIME);
  const [file, argv] = withTime
    ? [TIME, ['-f', 'peak-kb=%M cpu-s=%U+%S', command, ...args]]
    : [command, args];
  const start = performance.now();
  const result = spawnSync(file, argv, { encoding: 'utf8', env });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const kb = /peak-kb=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /cpu-s=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  return {
    ms,
    peakMb: kb ? Number(kb) / 1024 : null,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null,
  };
}

function measureTool(
  name: string,
  runs: Run[],
  file: string,
  extra: Measurement['extra'] = {},
): Measurement[] {
  const bytes = statSync(file).size;
  const peaks = runs.flatMap((r) => (r.peakMb === null ? [] : [r.peakMb]));
  const cpu = runs.flatMap((r) => (r.cpuMs === null ? [] : [r.cpuMs]));
  return [
    summarise(
      `${name}: wall time, cold process`,
      'ms',
      runs.map((r) => r.ms),
      { bytes, ...extra },
    ),
    ...(cpu.length ? [summarise(`${name}: processor time, all processes`, 'ms', cpu)] : []),
    ...(peaks.length ? [summarise(`${name}: peak memory (largest process)`, 'MB', peaks)] : []),
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
    const speedup = chromium[0]!.median / pdfmake[0]!.median;
    const sizeRatio = statSync(pdfmakeOut).size / statSync(chromiumOut).size;
    pdfmake[0]!.extra = {
      ...pdfmake[0]!.extra,
      goalUnder500ms: pdfmake[0]!.median < 500,
      timesFasterThanChromium: Number(speedup.toFixed(2)),
      goal5xFaster: speedup >= 5,
      sizeVsChromium: Number(sizeRatio.toFixed(2)),
      goalSmallerFile: sizeRatio < 1,
    };
    const measurements = [...pdfmake, ...chromium];
    measurements.forEach(report);
    console.log(
      `written to ${writeResults(join(HERE, '..'), '@attribution-lab/report', measurements)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
