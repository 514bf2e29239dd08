// Scores claim finding, specificity, themes and the business model against the labelled
// corpus (../shared/corpus), on the text files and on the saved pages.
//
// Matching rule: texts are lower-cased and every run of white space and punctuation is
// collapsed to one space; a predicted claim and a labelled quote match when the text they
// share covers at least half of the SHORTER of the two. A prediction that matches a
// labelled claim is a hit; one that matches only a borderline quote is neither a hit nor a
// false alarm; otherwise it is a false alarm. A labelled claim is found when any prediction
// matches it. The stricter rule (half of the LONGER) is printed beside it, to keep us honest.
import type { Analysis, Claim } from '../src/core/types.ts';
import { matches, normalize, normalizeWithMap, occurrences, overlap, type Rule } from './claim-match.ts';
import { type Label, pagePath, readLabels, textPath } from './corpus.ts';
import { analyzeFile } from './load-posting.ts';

interface Tally {
  hits: number;
  falseAlarms: number;
  neutral: number;
  found: number;
  labelled: number;
  specAgree: { vague: [number, number]; specific: [number, number] };
  themeAgree: [number, number];
  misses: string[];
  alarms: string[];
  unplaced: number;
  byParity: Record<'even' | 'odd', ParityTally>;
  /** "gold -> predicted" theme pairs among matched claims that disagree, with counts. */
  confusion: Map<string, number>;
}

interface ParityTally {
  hits: number;
  falseAlarms: number;
  found: number;
  labelled: number;
  themeAgree: [number, number];
  specAgree: { vague: [number, number]; specific: [number, number] };
}

const newParity = (): ParityTally => ({
  hits: 0,
  falseAlarms: 0,
  found: 0,
  labelled: 0,
  themeAgree: [0, 0],
  specAgree: { vague: [0, 0], specific: [0, 0] },
});

function newTally(): Tally {
  return {
    hits: 0,
    falseAlarms: 0,
    neutral: 0,
    found: 0,
    labelled: 0,
    specAgree: { vague: [0, 0], specific: [0, 0] },
    themeAgree: [0, 0],
    misses: [],
    alarms: [],
    unplaced: 0,
    byParity: { even: newParity(), odd: newParity() },
    confusion: new Map(),
  };
}

function scorePosting(label: Label, description: string, claims: Claim[], rule: Rule, t: Tally): void {
  const norm = normalizeWithMap(description);
  const parity = Number(label.id) % 2 === 0 ? 'even' : 'odd';
  const p = t.byParity[parity];
  const preds = claims.map((c) => ({
    claim: c,
    span: { a: norm.map[c.start] ?? 0, b: norm.map[c.end] ?? 0 },
  }));
  const labelled = label.claims.map((c) => ({ claim: c, spans: occurrences(norm.text, normalize(c.quote)) }));
  const borderline = label.borderline.flatMap((q) => occurrences(norm.text, normalize(q)));

  for (const pred of preds) {
    const hit = labelled.some((l) => l.spans.some((s) => matches(pred.span, s, rule)));
    if (hit) {
      t.hits++;
      p.hits++;
    } else if (borderline.some((s) => matches(pred.span, s, rule))) t.neutral++;
    else {
      t.falseAlarms++;
      p.falseAlarms++;
      t.alarms.push(`${label.id}  ${pred.claim.text.slice(0, 160)}`);
    }
  }
  for (const l of labelled) {
    t.labelled++;
    p.labelled++;
    if (l.spans.length === 0) t.unplaced++;
    let best: { claim: Claim; o: number } | null = null;
    for (const pred of preds) {
      for (const s of l.spans) {
        if (!matches(pred.span, s, rule)) continue;
        const o = overlap(pred.span, s);
        if (!best || o > best.o) best = { claim: pred.claim, o };
      }
    }
    if (!best) {
      t.misses.push(`${label.id}  [${l.claim.theme}/${l.claim.specificity}] ${l.claim.quote.slice(0, 160)}`);
      continue;
    }
    t.found++;
    p.found++;
    const sameSpec = best.claim.specificity === l.claim.specificity;
    const sameTheme = best.claim.theme === l.claim.theme;
    for (const tally of [t, p]) {
      const agree = tally.specAgree[l.claim.specificity];
      agree[1]++;
      if (sameSpec) agree[0]++;
      tally.themeAgree[1]++;
      if (sameTheme) tally.themeAgree[0]++;
    }
    if (!sameTheme) {
      const pair = `${l.claim.theme} -> ${best.claim.theme}`;
      t.confusion.set(pair, (t.confusion.get(pair) ?? 0) + 1);
    }
  }
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
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

function printTally(name: string, t: Tally, rule: Rule): void {
  const precision = ratio(t.hits, t.hits + t.falseAlarms);
  const recall = ratio(t.found, t.labelled);
  const vague = ratio(...t.specAgree.vague);
  const specific = ratio(...t.specAgree.specific);
  const agreeAll = ratio(
    t.specAgree.vague[0] + t.specAgree.specific[0],
    t.specAgree.vague[1] + t.specAgree.specific[1],
  );
  console.log(
    `  ${name} [overlap >= 1/2 of ${rule}]: claim precision ${f(precision)} (${t.hits} hits, ${t.falseAlarms} false alarms, ${t.neutral} borderline), recall ${f(recall)} (${t.found}/${t.labelled}${t.unplaced ? `, ${t.unplaced} quotes not in the description` : ''})`,
  );
  if (rule === 'longer') return;
  console.log(
    `    specificity agreement ${f(agreeAll)}, balanced ${f((vague + specific) / 2)} (vague ${f(vague)} of ${t.specAgree.vague[1]}, specific ${f(specific)} of ${t.specAgree.specific[1]}); theme agreement ${f(ratio(...t.themeAgree))} of ${t.themeAgree[1]}`,
  );
  for (const parity of ['even', 'odd'] as const) {
    const p = t.byParity[parity];
    const balanced = (ratio(...p.specAgree.vague) + ratio(...p.specAgree.specific)) / 2;
    console.log(
      `    ${parity} ids: precision ${f(ratio(p.hits, p.hits + p.falseAlarms))} (${p.falseAlarms} false alarms), recall ${f(ratio(p.found, p.labelled))} (${p.found}/${p.labelled}); balanced specificity ${f(balanced)}, theme agreement ${f(ratio(...p.themeAgree))}`,
    );
  }
  const pairs = [...t.confusion].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`    theme confusions (gold -> predicted): ${pairs.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

async function runOn(
  kind: 'text' | 'page',
  labels: Label[],
  verbose: boolean,
  listed: number,
): Promise<void> {
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
    scorePosting(label, description, analysis.claims, 'shorter', tallies.shorter);
    scorePosting(label, description, analysis.claims, 'longer', tallies.longer);
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
    `\nclaims on ${kind === 'text' ? 'text/NNN.txt' : 'pages/NNN.html'} (${labels.length - failed} postings${failed ? `, ${failed} failed` : ''})`,
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
