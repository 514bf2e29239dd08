// Claim finding, specificity, theme, who pays and how on the labelled corpus (reads ../shared/corpus),
// scored the honest way: 5-fold cross-validation, each fold judged by models fitted on the
// other four (scripts/eval-cv.ts, the same code as `npm run eval`). The bars sit just
// under the figures measured when the models last changed (see the README), so a change
// that makes the judgement worse on unseen postings fails here.
import { describe, expect, it } from 'vitest';
import { figures } from '../../../scripts/claim-score.ts';
import { readLabels } from '../../../scripts/corpus.ts';
import { crossValidate, f1Of, folds } from '../../../scripts/eval-cv.ts';

describe('claims on the corpus, 5-fold cross-validated', () => {
  it('splits by posting into five folds that cover the corpus once', () => {
    const labels = readLabels();
    const parts = folds(labels);
    expect(parts).toHaveLength(5);
    const ids = parts.flat().map((l) => l.id);
    expect(new Set(ids).size).toBe(labels.length);
    expect(
      Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length)),
    ).toBeLessThanOrEqual(1);
  });

  it('keeps precision, recall, specificity, theme agreement, who pays and how at their measured level', {
    timeout: 180_000,
  }, () => {
    const cv = crossValidate();
    const x = figures(cv.model);
    expect(x.precision).toBeGreaterThanOrEqual(0.78);
    expect(x.recall).toBeGreaterThanOrEqual(0.76);
    expect(x.balanced).toBeGreaterThanOrEqual(0.81);
    expect(x.theme).toBeGreaterThanOrEqual(0.67);
    // Who pays and how, over the healthcare postings (measured 0.824 and 0.80). Who pays
    // rose from 0.69 with practices that say which insurance they accept and the known
    // employers whose customers are plain; to 0.77 with products sold to and platforms used
    // by providers; to 0.815 by not taking a duty written as an order, or what the job
    // involves, for whom the employer sells to; to 0.824 with segments read from the name.
    // How rose from 0.69 with the known employers, which place drug and device makers in
    // their segment, and to 0.80 with the name (Bracco Medical Technologies is a maker).
    const money = cv.whoPays.get('all')!;
    expect(f1Of(money.customers)).toBeGreaterThanOrEqual(0.8);
    expect(f1Of(money.revenue)).toBeGreaterThanOrEqual(0.75);
  });
});
