import type { Comparison } from './harness';
import type { Scenario } from './scenario';

/** One printed row: a finished comparison, or the error that stopped the scenario. */
export interface Row {
  scenario: Pick<Scenario, 'id' | 'name' | 'baselineName' | 'budget' | 'maxP95Ms'>;
  result: Comparison | null;
  error?: string;
}

/** `true`/`false` against the budget (subject/baseline at p50); `null` when the row has no budget. */
export function withinBudget(row: Row): boolean | null {
  if (row.result === null) return false;
  const { budget, maxP95Ms } = row.scenario;
  if (budget === undefined && maxP95Ms === undefined) return null;
  return (budget === undefined || row.result.ratioP50 <= budget) && (maxP95Ms === undefined || row.result.subject.p95 <= maxP95Ms);
}

const headers = [
  'scenario',
  'baseline',
  'p50 ms',
  'p95 ms',
  'baseline p50 ms',
  'ratio p50',
  'ratio p95',
  'budget',
  'ok',
] as const;

/** Right-aligned columns: every one but the two names. */
const numeric = new Set<number>([2, 3, 4, 5, 6, 7]);

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  return ms < 10 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(1);
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '-';
  return `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(1)}x`;
}

function cells(row: Row): string[] {
  const { scenario, result } = row;
  const limits = [
    ...(scenario.budget === undefined ? [] : [`<= ${formatRatio(scenario.budget)}`]),
    ...(scenario.maxP95Ms === undefined ? [] : [`p95 <= ${scenario.maxP95Ms} ms`]),
  ];
  const budget = limits.length ? limits.join(', ') : '-';
  if (!result) return [scenario.name, scenario.baselineName, '-', '-', '-', '-', '-', budget, 'ERROR'];
  const ok = withinBudget(row);
  return [
    scenario.name,
    scenario.baselineName,
    formatMs(result.subject.p50),
    formatMs(result.subject.p95),
    formatMs(result.baseline.p50),
    formatRatio(result.ratioP50),
    formatRatio(result.ratioP95),
    budget,
    ok === null ? '-' : ok ? 'yes' : 'NO',
  ];
}

/** A markdown table with padded columns, readable in a terminal and pasteable into a PR. */
export function renderTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    `| ${values.map((v, i) => (numeric.has(i) ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  const errors = rows
    .filter((r) => r.error !== undefined)
    .map((r) => `error in ${r.scenario.id}: ${r.error}`);
  return [line(headers), rule, ...body.map(line), ...(errors.length ? ['', ...errors] : [])].join('\n');
}

/** The JSON written by `--json`: figures without the raw samples. */
export function rowsToJson(rows: readonly Row[]) {
  const strip = (s: Comparison['subject']) => ({
    count: s.count,
    min: s.min,
    max: s.max,
    mean: s.mean,
    p50: s.p50,
    p95: s.p95,
    p99: s.p99,
  });
  return rows.map((row) => ({
    id: row.scenario.id,
    name: row.scenario.name,
    baseline: row.scenario.baselineName,
    budget: row.scenario.budget ?? null,
    maxP95Ms: row.scenario.maxP95Ms ?? null,
    ok: withinBudget(row),
    error: row.error ?? null,
    subjectMs: row.result ? strip(row.result.subject) : null,
    baselineMs: row.result ? strip(row.result.baseline) : null,
    ratioP50: row.result?.ratioP50 ?? null,
    ratioP95: row.result?.ratioP95 ?? null,
  }));
}
