import type {FullResult, Reporter, TestCase, TestResult} from '@playwright/test/reporter';

/**
 * Ends the run with one plain line, "e2e: N passed, N failed, N skipped", that
 * CI logs and humans read the same way whichever other reporter runs.
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    // Count each test once, by its final outcome after any retries.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped') this.skipped += 1;
    else this.failed += 1;
  }

  onEnd(result: FullResult) {
    // A run that failed outside any test (web server, global setup) still failed.
    if (result.status !== 'passed') this.failed = Math.max(this.failed, 1);
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}
