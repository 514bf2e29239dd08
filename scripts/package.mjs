// `npm run package`: the two store packages, each zipped from its own build with its
// own manifest (Chrome Web Store and Firefox AMO).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync('dist/packages', { recursive: true, force: true });
for (const target of ['chrome', 'firefox']) {
  const filename = `mission-lens-${target}-${version}.zip`;
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${target}`,
      '--artifacts-dir',
      'dist/packages',
      '--filename',
      filename,
      '--overwrite-dest',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const bytes = statSync(`dist/packages/${filename}`).size;
  console.log(`dist/packages/${filename} (${(bytes / 1024).toFixed(1)} kB)`);
}
