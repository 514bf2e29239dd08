// A vitest reporter for `npm test`: the Chromium end-to-end config retries a failed test
// once, and a test that passes only on its retry is a flaw the totals would otherwise hide
// (one hid a missing Esc in the marker). It writes the names of those tests, one a line,
// to the file in RETRIED_REPORT; scripts/test-all.sh prints them beside the totals.
import { appendFileSync } from 'node:fs';
import type { Reporter, TestCase } from 'vitest/node';

export default class RetriedReporter implements Reporter {
  onTestCaseResult(testCase: TestCase): void {
    const out = process.env.RETRIED_REPORT;
    const retries = testCase.diagnostic()?.retryCount ?? 0;
    if (!out || retries === 0 || testCase.result().state !== 'passed') return;
    appendFileSync(out, `${testCase.module.moduleId.split('/test/').pop()} > ${testCase.fullName}\n`);
  }
}
