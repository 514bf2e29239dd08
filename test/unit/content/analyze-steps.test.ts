// The content script analyses a posting in steps, one task each (src/content/analyze-steps.ts);
// the result must be exactly what the one pipeline, `analyzePosting`, gives.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, textPath } from '../../../scripts/corpus.ts';
import { analyzePostingInSteps, type Step } from '../../../src/content/analyze-steps.ts';
import { analyzePosting, postingFromText } from '../../../src/core/analyze.ts';

const ids = readdirSync(`${CORPUS_DIR}/text`)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace('.txt', ''))
  .sort();

describe('analyzePostingInSteps', () => {
  it.each(ids)('%s: same analysis as analyzePosting', async (id) => {
    const posting = postingFromText(readFileSync(textPath(id), 'utf8'));
    let steps = 0;
    const step: Step = async (work) => {
      steps++;
      await new Promise((resolve) => setTimeout(resolve, 0));
      return work();
    };
    expect(await analyzePostingInSteps(posting, step)).toEqual(analyzePosting(posting));
    expect(steps).toBeGreaterThan(1);
  });

  it('stops at the step that rejects', async () => {
    const posting = postingFromText(readFileSync(textPath(ids[0]!), 'utf8'));
    let runs = 0;
    const step: Step = async (work) => {
      if (runs === 1) throw new DOMException('moved on', 'AbortError');
      runs++;
      return work();
    };
    await expect(analyzePostingInSteps(posting, step)).rejects.toThrow('moved on');
    expect(runs).toBe(1);
  });
});
