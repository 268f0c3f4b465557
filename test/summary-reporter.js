/**
 * Ends every jest run with one plain line that CI and people can read at a glance:
 * `tests: 57 passed, 0 failed`. Suites that failed to run count as failures.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stderr.write(`\ntests: ${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
