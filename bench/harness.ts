/**
 * The measuring core of `npm run bench`: times a function many times with `process.hrtime.bigint()`
 * and summarises the samples. Sync functions are called without an `await`, so a microtask does not
 * inflate the figures of very fast baselines; a function that returns a promise is awaited.
 */

export type Timed = () => unknown;

export interface MeasureOptions {
  /** Calls made before timing starts (JIT, caches, connection pools). */
  warmup?: number;
  /** Timed calls. */
  iterations?: number;
  /** Runs before every call, warm-up included, outside the timing (e.g. leaving the page just printed). */
  before?: Timed;
  /**
   * The function measures itself and resolves with its duration in ms: for spans the calling process
   * cannot see, such as from a keystroke in one browser window to the change painted in another.
   */
  selfTimed?: boolean;
}

export interface Summary {
  /** Every timed call, in milliseconds, in the order they ran. */
  samples: number[];
  count: number;
  min: number;
  max: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

export const defaultWarmup = 50;
export const defaultIterations = 300;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Percentile by linear interpolation between the closest ranks; `q` in [0, 1]. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * q;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((x, y) => x - y);
  const total = samples.reduce((sum, x) => sum + x, 0);
  return {
    samples,
    count: samples.length,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: samples.length ? total / samples.length : Number.NaN,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
  };
}

function selfTime(result: unknown): number {
  if (typeof result !== 'number' || !Number.isFinite(result) || result < 0) throw new Error(`a self-timed function returned ${String(result)}, not a duration in ms`);
  return result;
}

/** Times `iterations` calls of `fn` after `warmup` untimed ones. */
export async function measure(fn: Timed, options: MeasureOptions = {}): Promise<Summary> {
  const warmup = options.warmup ?? defaultWarmup;
  const iterations = options.iterations ?? defaultIterations;
  const before = async () => {
    const prepared = options.before?.();
    if (isThenable(prepared)) await prepared;
  };
  for (let i = 0; i < warmup; i++) {
    await before();
    const result = fn();
    if (isThenable(result)) await result;
  }
  const samples = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    if (options.before) await before();
    const start = process.hrtime.bigint();
    const returned = fn();
    const result = isThenable(returned) ? await returned : returned;
    samples[i] = options.selfTimed ? selfTime(result) : Number(process.hrtime.bigint() - start) / 1e6;
  }
  return summarize(samples);
}

export interface CompareOptions extends Omit<MeasureOptions, 'before'> {
  /** Untimed preparation before each subject call. */
  beforeSubject?: Timed;
  /**
   * Baseline and subject run in alternating blocks (B S, S B, B S, …) so that drift in the machine
   * (a busy disk, CPU frequency, another process) hits both sides alike.
   */
  rounds?: number;
}

export interface Comparison {
  baseline: Summary;
  subject: Summary;
  /** subject / baseline. */
  ratioP50: number;
  ratioP95: number;
}

/** Measures a subject against its baseline in the same process and the same minute. */
export async function compare(baseline: Timed, subject: Timed, options: CompareOptions = {}): Promise<Comparison> {
  const iterations = options.iterations ?? defaultIterations;
  const rounds = Math.max(1, Math.min(options.rounds ?? 4, iterations));
  const warmup = options.warmup ?? defaultWarmup;
  const common = { selfTimed: options.selfTimed };
  await measure(baseline, { ...common, warmup, iterations: 0 });
  await measure(subject, { ...common, warmup, iterations: 0, before: options.beforeSubject });

  const base: number[] = [];
  const subj: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const n = Math.floor(iterations / rounds) + (r < iterations % rounds ? 1 : 0);
    const runBase = async () => base.push(...(await measure(baseline, { ...common, warmup: 0, iterations: n })).samples);
    const runSubj = async () => subj.push(...(await measure(subject, { ...common, warmup: 0, iterations: n, before: options.beforeSubject })).samples);
    if (r % 2 === 0) {
      await runBase();
      await runSubj();
    } else {
      await runSubj();
      await runBase();
    }
  }
  const b = summarize(base);
  const s = summarize(subj);
  return { baseline: b, subject: s, ratioP50: s.p50 / b.p50, ratioP95: s.p95 / b.p95 };
}
