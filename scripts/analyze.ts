// `npm run --silent analyze -- [--json] FILE...`: see ../shared/analysis-contract.md.
// stdout carries only the analysis; problems with a file go in that file's line.
import { analyzeFile } from './load-posting.ts';
import { formatReport } from './report.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');

if (files.length === 0) {
  process.stderr.write('usage: npm run --silent analyze -- [--json] FILE...\n');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  try {
    const { analysis } = await analyzeFile(file);
    // Positions and flags are for the page highlighter; the contract's fields come first.
    const out = {
      file,
      ...analysis,
      claims: analysis.claims.map(({ start, end, names, ...claim }) => ({ ...claim, start, end })),
    };
    process.stdout.write(json ? `${JSON.stringify(out)}\n` : `${formatReport(file, analysis)}\n`);
  } catch (error) {
    failed++;
    const message = error instanceof Error ? error.message : String(error);
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : message;
    process.stdout.write(
      json ? `${JSON.stringify({ file, error: reason })}\n` : `${file}\n  error: ${reason}\n\n`,
    );
  }
}
process.exitCode = failed > 0 ? 1 : 0;
