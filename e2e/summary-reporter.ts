import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * After the run, says why tests did not simply pass: the reason of each skip (the list reporter only
 * shows "-", so a whole project skipped for a missing Electron binary says so in the CI log) and
 * each known bug, a `test.fail` that failed as expected (the list reporter shows those as "✘" although
 * the run passes).
 */
export default class SummaryReporter implements Reporter {
  private readonly skipped = new Map<string, number>();
  private readonly knownBugs: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const annotations = [...result.annotations, ...test.annotations];
    const project = test.parent.project()?.name ?? '';
    if (result.status === 'skipped') {
      const reason = annotations.find((a) => a.type === 'skip' || a.type === 'fixme')?.description ?? 'no reason given';
      const key = `[${project}] ${reason}`;
      this.skipped.set(key, (this.skipped.get(key) ?? 0) + 1);
    } else if (test.expectedStatus === 'failed' && result.status === 'failed') {
      const reason = annotations.find((a) => a.type === 'fail')?.description ?? 'no reason given';
      this.knownBugs.push(`[${project}] ${test.title}: ${reason}`);
    }
  }

  onEnd(_result: FullResult): void {
    for (const [reason, count] of this.skipped) console.log(`  skipped ${count} × ${reason}`);
    if (this.knownBugs.length > 0) {
      console.log(`  ${this.knownBugs.length} known bug(s), failing as expected:`);
      for (const bug of this.knownBugs) console.log(`    - ${bug}`);
    }
  }

  printsToStdio(): boolean {
    return true;
  }
}
