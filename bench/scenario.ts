import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * What a scenario file exports. A scenario is one row of the table: a subject timed against a
 * baseline measured in the same run, so the ratio says something even on a slow or busy machine.
 */
export interface Scenario<S = unknown> {
  /** Short, stable key for `--filter` and the JSON output, e.g. `http-call`. */
  id: string;
  /** What is measured (the table's "scenario" column). */
  name: string;
  /** What it is compared with (the table's "baseline" column). */
  baselineName: string;
  /** Largest acceptable subject/baseline ratio at p50; rows without one are informational. */
  budget?: number;
  /** An absolute limit on the subject's p95 in ms, for budgets stated as time (the day board's 20 ms). */
  maxP95Ms?: number;
  warmup?: number;
  /** Baseline and subject resolve with their own duration in ms (see MeasureOptions.selfTimed). */
  selfTimed?: boolean;
  /** Timed calls of each side; keep at least 200. */
  iterations?: number;
  /** Builds the data and connections; nothing here is timed. */
  setup(env: BenchEnv): S | Promise<S>;
  baseline(state: S): unknown;
  /** Untimed, before every subject call: puts the app back where the user starts from. */
  beforeSubject?(state: S): unknown;
  subject(state: S): unknown;
  teardown?(state: S): void | Promise<void>;
}

/** Only for inference: `export default defineScenario({ ... })` types `state` from `setup`'s result. */
export function defineScenario<S>(scenario: Scenario<S>): Scenario<S> {
  return scenario;
}

type Dispose = () => void | Promise<void>;

/** What the runner hands to every scenario's setup. */
export interface BenchEnv {
  /** A fresh temporary directory for this run, removed at the end (unless `--keep`). */
  dir: string;
  /**
   * A fixture built once and shared by every scenario that asks for the same key (a seeded centre,
   * a running server, 50,000 generated clients); disposed when the run ends, newest first.
   */
  shared<T>(key: string, create: () => T | Promise<T>, dispose?: (value: T) => void | Promise<void>): Promise<T>;
  /** Registers clean-up to run when the run ends, newest first. */
  onClose(dispose: Dispose): void;
}

export interface OwnedEnv extends BenchEnv {
  close(options?: { keep?: boolean }): Promise<void>;
}

export function createEnv(prefix = 'caredesk-bench-'): OwnedEnv {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const fixtures = new Map<string, Promise<unknown>>();
  const disposers: Dispose[] = [];

  const env: OwnedEnv = {
    dir,
    onClose(dispose) {
      disposers.push(dispose);
    },
    shared<T>(key: string, create: () => T | Promise<T>, dispose?: (value: T) => void | Promise<void>) {
      let fixture = fixtures.get(key) as Promise<T> | undefined;
      if (!fixture) {
        fixture = Promise.resolve()
          .then(create)
          .then((value) => {
            if (dispose) disposers.push(() => dispose(value));
            return value;
          });
        fixtures.set(key, fixture);
      }
      return fixture;
    },
    async close(options = {}) {
      const errors: unknown[] = [];
      for (const dispose of disposers.splice(0).reverse()) {
        try {
          await dispose();
        } catch (error) {
          errors.push(error);
        }
      }
      if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
      if (errors.length > 0) throw new AggregateError(errors, 'bench clean-up failed');
    },
  };
  return env;
}
