// The healthcare part of `npm run eval`: is the employer healthcare, scored on the labelled
// corpus, from the text files and from the pages. Postings labelled "unclear" are skipped.
// Run alone: `npx tsx scripts/eval-healthcare.ts [--explain]`.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { classifyHealthcare, explainHealthcare } from '../src/core/classify/healthcare.ts';
import type { HealthcareVerdict, Posting } from '../src/core/types.ts';
import { type Label, pagePath, readLabels, textPath } from './corpus.ts';
import { analyzeFile } from './load-posting.ts';

interface Outcome {
  label: Label;
  verdict: HealthcareVerdict | null;
  posting: Posting | null;
  error?: string;
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

function score(kind: string, outcomes: readonly Outcome[], explain: boolean): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let segmentAgree = 0;
  const wrong: Outcome[] = [];
  const segmentMisses: Outcome[] = [];
  for (const o of outcomes) {
    const truth = o.label.healthcare === true;
    const said = o.verdict?.is === true;
    if (truth && said) {
      tp++;
      if (o.verdict?.segment === o.label.segment) segmentAgree++;
      else segmentMisses.push(o);
    } else if (!truth && said) fp++;
    else if (truth && !said) fn++;
    else tn++;
    if (truth !== said) wrong.push(o);
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  const failed = outcomes.filter((o) => !o.verdict).length;
  console.log(`Healthcare employer, ${kind}: ${outcomes.length} postings (${failed} not analysed)`);
  console.log(
    `  precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}  accuracy ${pct((tp + tn) / outcomes.length)}`,
  );
  console.log(`  tp ${tp}  fp ${fp}  fn ${fn}  tn ${tn}`);
  console.log(`  segment agreement among true positives: ${segmentAgree}/${tp} (${pct(segmentAgree / tp)})`);
  if (wrong.length) console.log('  misclassified:');
  for (const o of wrong) {
    const v = o.verdict;
    const what = v
      ? `said ${v.is ? 'healthcare' : 'not healthcare'} (${v.segment}, ${v.confidence})`
      : `no verdict: ${o.error ?? 'not a posting'}`;
    console.log(`    ${o.label.id} ${o.label.company}: ${what}; evidence: ${v?.evidence.join(', ') || '-'}`);
    if (explain && o.posting) {
      const why = explainHealthcare(o.posting);
      console.log(`      score ${why.score}: ${why.items.map((i) => `${i.text} ${i.weight}`).join(', ')}`);
    }
  }
  if (explain && segmentMisses.length) {
    console.log('  segment disagreements (label -> said):');
    for (const o of segmentMisses) {
      console.log(
        `    ${o.label.id} ${o.label.company}: ${o.label.segment} -> ${o.verdict?.segment}; ${o.verdict?.evidence.join(', ')}`,
      );
    }
  }
}

async function outcomesFor(labels: readonly Label[], path: (id: string) => string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const label of labels) {
    try {
      const { posting, analysis } = await analyzeFile(path(label.id));
      outcomes.push({ label, posting, verdict: analysis.isJobPosting ? analysis.healthcare : null });
    } catch (error) {
      outcomes.push({ label, posting: null, verdict: null, error: String(error) });
    }
  }
  return outcomes;
}

function timePerPosting(postings: readonly Posting[]): number {
  const rounds = 20;
  for (const p of postings) classifyHealthcare(p);
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of postings) classifyHealthcare(p);
  return (performance.now() - start) / (rounds * postings.length);
}

export async function evalHealthcare(explain = false): Promise<void> {
  const labels = readLabels().filter((l) => l.healthcare !== 'unclear');
  const text = await outcomesFor(labels, textPath);
  score('text files', text, explain);
  // Only the original 97 postings have a saved page: the rest are not counted as misses.
  const withPage = labels.filter((l) => existsSync(pagePath(l.id)));
  score('pages', await outcomesFor(withPage, pagePath), explain);
  const postings = text.flatMap((o) => (o.posting ? [o.posting] : []));
  if (postings.length)
    console.log(`  classifier time: ${timePerPosting(postings).toFixed(3)} ms per posting (text files)`);
  console.log('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await evalHealthcare(process.argv.includes('--explain'));
}
