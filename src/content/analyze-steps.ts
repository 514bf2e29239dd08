// `analyzePosting` run step by step: `analysisSteps` (src/core/analyze.ts) marks where
// the pipeline may pause, and `step` runs each part in a task of its own, so a long
// posting never becomes one long task. test/unit/content/analyze-steps.test.ts checks the
// result is identical to analyzePosting.
import { analysisSteps } from '../core/analyze.ts';
import type { Analysis, Posting } from '../core/types.ts';

export { notAPosting } from '../core/analyze.ts';

/** Runs `work` in a new task (or rejects when the work is no longer wanted). */
export type Step = <T>(work: () => T) => Promise<T>;

export async function analyzePostingInSteps(posting: Posting, step: Step): Promise<Analysis> {
  const steps = analysisSteps(posting);
  for (;;) {
    const next = await step(() => steps.next());
    if (next.done) return next.value;
  }
}
