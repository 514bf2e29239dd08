// web-ext lint on the Firefox build: fails on any error, and on any warning that is not
// listed (with its reason) in the README's "web-ext lint" section.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let out;
try {
  out = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
} catch (error) {
  out = error.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
}
const report = JSON.parse(out);
const readme = readFileSync('README.md', 'utf8');
const unexplained = report.warnings.filter((w) => !readme.includes(w.code));
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
for (const e of report.errors) console.log(`  error ${e.code}: ${e.message} (${e.file ?? ''})`);
for (const w of unexplained) console.log(`  unexplained warning ${w.code}: ${w.message} (${w.file ?? ''})`);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
