// `analyzePosting` (src/core/analyze.ts) cut into steps, each run by `step` in a task of
// its own, so a long posting never becomes one long task. The same core functions in the
// same order: test/unit/content/analyze-steps.test.ts checks the result is identical.
// TODO(2027-01-31): move this staging into core/analyze.ts (as a generator that
// analyzePosting runs to the end), so the pipeline is written once.
import { inferBusinessModel } from '../core/business-model/infer.ts';
import { findClaims } from '../core/claims/find-claims.ts';
import { segmentDescription } from '../core/claims/segment.ts';
import { weighClaims } from '../core/claims/weigh.ts';
import { classifyHealthcare } from '../core/classify/healthcare.ts';
import { rankQuestions } from '../core/questions/rank.ts';
import type { Analysis, Posting } from '../core/types.ts';

export { notAPosting } from '../core/analyze.ts';

/** Runs `work` in a new task (or rejects when the work is no longer wanted). */
export type Step = <T>(work: () => T) => Promise<T>;

export async function analyzePostingInSteps(posting: Posting, step: Step): Promise<Analysis> {
  const healthcare = await step(() => classifyHealthcare(posting));
  const { sentences, businessModel } = await step(() => {
    const sentences = segmentDescription(posting.description);
    return { sentences, businessModel: inferBusinessModel(posting, healthcare, sentences) };
  });
  const found = await step(() => findClaims(posting.description, healthcare, sentences));
  return step(() => {
    const claims = weighClaims(found, businessModel, healthcare);
    return {
      isJobPosting: true,
      title: posting.title,
      company: posting.company,
      board: posting.board,
      healthcare,
      claims,
      businessModel,
      questions: rankQuestions({ healthcare, claims, businessModel }),
    };
  });
}
