// Scores claim finding, specificity, themes and the business model against the labelled
// corpus (../shared/corpus), on the text files and on the saved pages, with the shipped
// weights: the claim figures here are on postings the models were fitted to (optimistic);
// the cross-validated ones (eval-cv.ts) are the ones to quote.
//
// Matching rule: texts are lower-cased and every run of white space and punctuation is
// collapsed to one space; a predicted claim and a labelled quote match when the text they
// share covers at least half of the SHORTER of the two. A prediction that matches a
// labelled claim is a hit; one that matches only a borderline quote is neither a hit nor a
// false alarm; otherwise it is a false alarm. A labelled claim is found when any prediction
// matches it. The stricter rule (half of the LONGER) is printed beside it, to keep us honest.
import { existsSync } from 'node:fs';
import type { Analysis } from '../src/core/types.ts';
import type { Rule } from './claim-match.ts';
import { type ClaimTally, figures, newTally, ratio, tallyPosting } from './claim-score.ts';
import { type Label, pagePath, readLabels, textPath } from './corpus.ts';
import { analyzeFile } from './load-posting.ts';

const f = (x: number) => x.toFixed(2);

function f1(tp: number, fp: number, fn: number) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

function setScores(pairs: { gold: string[]; pred: string[] }[]): {
  micro: ReturnType<typeof f1>;
  perLabel: Map<string, ReturnType<typeof f1>>;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (k: string, field: 'tp' | 'fp' | 'fn') => {
    const v = per.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    v[field]++;
    per.set(k, v);
  };
  for (const { gold, pred } of pairs) {
    for (const k of pred) {
      if (gold.includes(k)) {
        tp++;
        bump(k, 'tp');
      } else {
        fp++;
        bump(k, 'fp');
      }
    }
    for (const k of gold) {
      if (!pred.includes(k)) {
        fn++;
        bump(k, 'fn');
      }
    }
  }
  const perLabel = new Map([...per].map(([k, v]) => [k, f1(v.tp, v.fp, v.fn)]));
  return { micro: f1(tp, fp, fn), perLabel };
}

function printTally(name: string, t: ClaimTally, rule: Rule): void {
  const x = figures(t);
  console.log(
    `  ${name} [overlap >= 1/2 of ${rule}]: claim precision ${f(x.precision)} (${t.hits} hits, ${t.falseAlarms} false alarms, ${t.neutral} borderline), recall ${f(x.recall)} (${t.found}/${t.labelled}${t.unplaced ? `, ${t.unplaced} quotes not in the description` : ''})`,
  );
  if (rule === 'longer') return;
  console.log(
    `    specificity agreement ${f(x.specificity)}, balanced ${f(x.balanced)} (vague ${f(x.vague)} of ${t.spec.vague[1]}, specific ${f(x.specific)} of ${t.spec.specific[1]}); theme agreement ${f(x.theme)} of ${t.theme[1]}`,
  );
  const pairs = [...t.confusion].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`    theme confusions (gold -> predicted): ${pairs.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

async function runOn(kind: 'text' | 'page', all: Label[], verbose: boolean, listed: number): Promise<void> {
  // Only the first 97 postings have a saved page.
  const labels = kind === 'page' ? all.filter((l) => existsSync(pagePath(l.id))) : all;
  const tallies = { shorter: newTally(), longer: newTally() };
  const customers: { gold: string[]; pred: string[] }[] = [];
  const revenue: { gold: string[]; pred: string[] }[] = [];
  const businessMisses: string[] = [];
  let failed = 0;
  for (const label of labels) {
    let analysis: Analysis;
    let description: string;
    try {
      const result = await analyzeFile(kind === 'text' ? textPath(label.id) : pagePath(label.id));
      analysis = result.analysis;
      description = result.posting?.description ?? '';
    } catch {
      failed++;
      continue;
    }
    tallyPosting(label, description, analysis.claims, 'shorter', [tallies.shorter]);
    tallyPosting(label, description, analysis.claims, 'longer', [tallies.longer]);
    if (label.healthcare === true) {
      customers.push({ gold: label.customers, pred: analysis.businessModel.customers });
      revenue.push({ gold: label.revenue, pred: analysis.businessModel.revenue });
      const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
      if (
        !same(label.customers, analysis.businessModel.customers) ||
        !same(label.revenue, analysis.businessModel.revenue)
      )
        businessMisses.push(
          `${label.id}  gold ${JSON.stringify(label.customers)}/${JSON.stringify(label.revenue)} got ${JSON.stringify(analysis.businessModel.customers)}/${JSON.stringify(analysis.businessModel.revenue)}  ${analysis.businessModel.evidence.join(' | ').slice(0, 140)}`,
        );
    }
  }
  console.log(
    `\nclaims on ${kind === 'text' ? 'text/NNN.txt' : 'pages/NNN.html'} (${labels.length - failed} postings${failed ? `, ${failed} failed` : ''}; shipped weights, fitted on these postings: see the cross-validated figures below)`,
  );
  printTally('claims', tallies.shorter, 'shorter');
  printTally('claims', tallies.longer, 'longer');
  const c = setScores(customers);
  const r = setScores(revenue);
  console.log(
    `  who pays (customers) over ${customers.length} healthcare postings: F1 ${f(c.micro.f1)} (P ${f(c.micro.precision)}, R ${f(c.micro.recall)}); revenue F1 ${f(r.micro.f1)} (P ${f(r.micro.precision)}, R ${f(r.micro.recall)})`,
  );
  const per = [...c.perLabel].map(([k, v]) => `${k} ${f(v.f1)}`).join(', ');
  console.log(`    customers per label F1: ${per}`);
  const perRev = [...r.perLabel].map(([k, v]) => `${k} ${f(v.f1)}`).join(', ');
  console.log(`    revenue per label F1: ${perRev}`);
  if (!verbose) return;
  const t = tallies.shorter;
  console.log(`\n  worst misses (${t.misses.length}):`);
  for (const m of t.misses.slice(0, listed)) console.log(`    ${m}`);
  console.log(`\n  false alarms (${t.alarms.length}):`);
  for (const a of t.alarms.slice(0, listed)) console.log(`    ${a}`);
  console.log(`\n  business-model disagreements (${businessMisses.length}):`);
  for (const b of businessMisses.slice(0, listed)) console.log(`    ${b}`);
}

export async function evalClaims(): Promise<void> {
  const labels = readLabels();
  const verbose = process.env.EVAL_VERBOSE === '1';
  await runOn('text', labels, true, verbose ? 60 : 10);
  await runOn('page', labels, verbose, 60);
}
