/**
 * The benchmark harness. Every workspace's `bench` script measures with `measure`, prints with
 * `report`, and writes its figures with `writeResults` to `bench-results.json` in its own folder;
 * the root `pnpm bench` collects those files into one. `syntheticCorpus` scales a corpus up for
 * the benches and tests that measure or check behaviour at size.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export { syntheticCorpus, type RepeatableCorpus } from './synthetic.js';

export interface Measurement {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Anything else worth keeping beside the figure: sizes, counts, goals. */
  extra?: Record<string, number | string | boolean>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface MeasureOptions {
  runs?: number;
  warmup?: number;
  extra?: Measurement['extra'];
  /** Collect garbage before each run (needs node --expose-gc); for runs with large heaps. */
  isolateHeap?: boolean;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Times a synchronous or async function in process: milliseconds, median over `runs`. */
export async function measure(
  name: string,
  fn: () => unknown,
  { runs = 25, warmup = 3, extra, isolateHeap = false }: MeasureOptions = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // For runs that allocate hundreds of megabytes, collect the previous run's garbage outside the
    // timing (when node runs with --expose-gc), so a run is not charged for its predecessor's heap.
    // Not by default: a full collection also shrinks the young generation, which slows small runs.
    if (isolateHeap) collectGarbage();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarise(name, 'ms', times, extra);
}

/** Turns raw samples into a measurement. */
export function summarise(
  name: string,
  unit: string,
  samples: readonly number[],
  extra?: Measurement['extra'],
): Measurement {
  return {
    name,
    unit,
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    ...(extra ? { extra } : {}),
  };
}

export function report(m: Measurement): void {
  const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3));
  const extra = m.extra
    ? '  ' +
      Object.entries(m.extra)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? fmt(v) : v}`)
        .join(' ')
    : '';
  console.log(
    `${m.name.padEnd(52)} median ${fmt(m.median)} ${m.unit} (min ${fmt(m.min)}, max ${fmt(m.max)}, n=${m.runs})${extra}`,
  );
}

export function writeResults(dir: string, workspace: string, measurements: Measurement[]): string {
  const file = join(dir, 'bench-results.json');
  const results = {
    workspace,
    measuredAt: new Date().toISOString(),
    node: process.version,
    measurements,
  };
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return file;
}
