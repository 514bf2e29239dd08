// Builds the store builds (dist/chrome, dist/firefox) one after the other; `--demo`
// also builds dist/demo (the Chrome build plus the local demo board's address).
import { execFileSync } from 'node:child_process';

const modes = ['chrome', 'firefox', ...(process.argv.includes('--demo') ? ['demo'] : [])];
for (const mode of modes) {
  execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
}
