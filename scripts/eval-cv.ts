// Cross-validated figures for the learned models (claims, specificity, theme, who pays
// and how), the ones to quote: the corpus is
// split by posting into five folds with a fixed seed; each fold is scored by models fitted
// on the other four. Beside them: the same figures on the whole corpus with the shipped
// weights (fitted on every posting, so optimistic), and the cue-word floor for
// specificity ("specific if it has a digit or names a population").
import { analyzePosting, postingFromText } from '../src/core/analyze.ts';
import type { BusinessModels } from '../src/core/business-model/learned.ts';
import type { ClaimModels } from '../src/core/claims/learned/models.ts';
import { POPULATIONS } from '../src/core/lexicon/claims-specificity.ts';
import type { Analysis } from '../src/core/types.ts';
import {
  type ClaimFigures,
  type ClaimTally,
  figures,
  newTally,
  sourceOf,
  tallyPosting,
} from './claim-score.ts';
import { type Label, readLabels } from './corpus.ts';
import { trainBusiness } from './train/business.ts';
import { descriptionOf } from './train/examples.ts';
import { seeded, shuffled } from './train/fit.ts';
import { SETTINGS, trainModels } from './train/models.ts';

export const FOLDS = 5;
// The quoted figures use 2026. ML_FOLD_SEED draws other folds, to check that a change
// helps on more than one split of the corpus (a few claims either way is noise).
const FOLD_SEED = Number(process.env.ML_FOLD_SEED ?? 2026);

/** Five folds of postings, the same every run. */
export function folds(labels: readonly Label[], k = FOLDS, seed = FOLD_SEED): Label[][] {
  const out: Label[][] = Array.from({ length: k }, () => []);
  shuffled(labels, seeded(seed)).forEach((l, i) => {
    out[i % k]!.push(l);
  });
  return out;
}

const floorSpecific = (text: string) => /\d/.test(text) || POPULATIONS.some((p) => p.pattern.test(text));

/** True positives, false positives, false negatives of who pays and of how. */
interface WhoPays {
  customers: [number, number, number];
  revenue: [number, number, number];
}

export interface Tallies {
  model: ClaimTally;
  floor: ClaimTally;
  bySource: Map<string, ClaimTally>;
  /** Over healthcare postings only, as the contract scores them; 'all' and per source. */
  whoPays: Map<string, WhoPays>;
  /** Healthcare postings whose who pays or how differs from the label, for EVAL_VERBOSE. */
  whoPaysErrors: string[];
}

function tallyAnalysis(label: Label, analysis: Analysis, t: Tallies): void {
  const description = descriptionOf(label.id);
  const source = t.bySource.get(sourceOf(label)) ?? newTally();
  t.bySource.set(sourceOf(label), source);
  tallyPosting(label, description, analysis.claims, 'shorter', [t.model, source]);
  const floor = analysis.claims.map(
    (c) => ({ ...c, specificity: floorSpecific(c.text) ? 'specific' : 'vague' }) as const,
  );
  tallyPosting(label, description, floor, 'shorter', [t.floor]);
}

const newTallies = (): Tallies => ({
  model: newTally(),
  floor: newTally(),
  bySource: new Map(),
  whoPays: new Map(),
  whoPaysErrors: [],
});

function countSet(acc: [number, number, number], gold: readonly string[], found: readonly string[]): void {
  for (const x of found) acc[gold.includes(x) ? 0 : 1]++;
  for (const x of gold) if (!found.includes(x)) acc[2]++;
}

function tallyWhoPays(label: Label, analysis: Analysis, t: Tallies): void {
  if (label.healthcare !== true) return;
  for (const key of ['all', sourceOf(label)]) {
    const w = t.whoPays.get(key) ?? { customers: [0, 0, 0], revenue: [0, 0, 0] };
    t.whoPays.set(key, w);
    countSet(w.customers, label.customers, analysis.businessModel.customers);
    countSet(w.revenue, label.revenue, analysis.businessModel.revenue);
  }
  const { customers, revenue } = analysis.businessModel;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  if (!same(customers, label.customers) || !same(revenue, label.revenue))
    t.whoPaysErrors.push(
      `${label.id} ${label.segment ?? '-'}  pays [${customers}] label [${label.customers}]  how [${revenue}] label [${label.revenue}]`,
    );
}

export const f1Of = ([tp, fp, fn]: readonly number[]) => (tp! === 0 ? 0 : (2 * tp!) / (2 * tp! + fp! + fn!));

function analyse(label: Label, models?: ClaimModels, business?: BusinessModels): Analysis {
  const posting = postingFromText(`${label.title}\n${label.company}\n${descriptionOf(label.id)}`);
  return analyzePosting(posting, models, business);
}

export function crossValidate(labels: readonly Label[] = readLabels(), settings = SETTINGS): Tallies {
  const t = newTallies();
  const parts = folds(labels);
  parts.forEach((test, k) => {
    const train = parts.filter((_, j) => j !== k).flat();
    const models = trainModels(train, settings);
    const business = trainBusiness(train, settings.business);
    for (const label of test) {
      const analysis = analyse(label, models, business);
      tallyAnalysis(label, analysis, t);
      tallyWhoPays(label, analysis, t);
    }
  });
  return t;
}

export function wholeCorpus(labels: readonly Label[] = readLabels()): Tallies {
  const t = newTallies();
  for (const label of labels) {
    const analysis = analyse(label);
    tallyAnalysis(label, analysis, t);
    tallyWhoPays(label, analysis, t);
  }
  return t;
}

const f = (x: number) => x.toFixed(2);
const row = (name: string, x: ClaimFigures, t: ClaimTally, w?: WhoPays) =>
  `  ${name.padEnd(22)} ${f(x.precision)}  ${f(x.recall)}  ${f(x.balanced)} (v ${f(x.vague)}, s ${f(x.specific)})  ${f(x.theme)}  ${w ? `${f(f1Of(w.customers))}      ${f(f1Of(w.revenue))}` : '    -         -'}   ${String(t.labelled).padStart(4)} claims, ${t.falseAlarms} false alarms`;

function print(title: string, t: Tallies): void {
  console.log(`\n${title}`);
  console.log(
    '                         prec  rec   specificity (balanced)  theme  who pays  how (F1, healthcare postings)',
  );
  console.log(row('all', figures(t.model), t.model, t.whoPays.get('all')));
  for (const [name, s] of [...t.bySource].sort()) console.log(row(name, figures(s), s, t.whoPays.get(name)));
  console.log(row('cue-word floor (spec.)', figures(t.floor), t.floor));
}

export async function evalCrossValidated(): Promise<void> {
  const labels = readLabels();
  const cv = crossValidate(labels);
  print(`claims, ${FOLDS}-fold cross-validated (fit on four fifths, score the fifth; seed ${FOLD_SEED})`, cv);
  print(
    'claims, whole corpus with the shipped weights (fitted on all of it: optimistic)',
    wholeCorpus(labels),
  );
  if (process.env.EVAL_VERBOSE === '1') {
    const n = 40;
    console.log(`\n  cross-validated misses (${cv.model.misses.length}):`);
    for (const m of cv.model.misses.slice(0, n)) console.log(`    ${m}`);
    console.log(`\n  cross-validated false alarms (${cv.model.alarms.length}):`);
    for (const a of cv.model.alarms.slice(0, n)) console.log(`    ${a}`);
    console.log(`\n  cross-validated disagreements (${cv.model.disagreements.length}):`);
    for (const d of cv.model.disagreements.slice(0, n)) console.log(`    ${d}`);
    console.log(`\n  cross-validated who pays or how differs (${cv.whoPaysErrors.length}):`);
    for (const e of cv.whoPaysErrors) console.log(`    ${e}`);
  }
}
