// The person-readable form of an analysis (the `analyze` command without --json).
import type { Analysis } from '../src/core/types.ts';

export function formatReport(file: string, a: Analysis): string {
  const lines: string[] = [file];
  if (!a.isJobPosting) {
    lines.push('  not a job posting');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`  ${a.title ?? '(no title)'} at ${a.company ?? '(unknown company)'} [${a.board}]`);
  const hc = a.healthcare;
  lines.push(
    `  healthcare: ${hc.is ? `yes, ${hc.segment}` : 'no'} (confidence ${hc.confidence.toFixed(2)})${
      hc.evidence.length ? `; evidence: ${hc.evidence.join(', ')}` : ''
    }`,
  );
  const bm = a.businessModel;
  lines.push(
    `  who pays: ${bm.customers.join(', ') || 'not stated'}; how: ${bm.revenue.join(', ') || 'not stated'}`,
  );
  if (a.claims.length === 0) lines.push('  mission claims: none found');
  for (const c of a.claims) {
    lines.push(`  - [${c.specificity}, ${c.theme}] "${c.text}"`);
    if (c.reasons.length) lines.push(`      why: ${c.reasons.join('; ')}`);
  }
  if (a.questions.length) {
    lines.push('  questions to ask:');
    a.questions.forEach((q, i) => {
      lines.push(`    ${i + 1}. ${q}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
