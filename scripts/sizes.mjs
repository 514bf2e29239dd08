// `npm run sizes`: every built file's size, raw and gzipped, for each store build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

for (const target of ['chrome', 'firefox']) {
  const root = join('dist', target);
  let raw = 0;
  let gz = 0;
  console.log(`dist/${target}`);
  for (const file of walk(root).sort()) {
    const bytes = readFileSync(file);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += zipped;
    console.log(
      `  ${relative(root, file).padEnd(44)} ${(bytes.length / 1024).toFixed(1).padStart(7)} kB  gzip ${(zipped / 1024).toFixed(1).padStart(6)} kB`,
    );
  }
  console.log(
    `  ${'total'.padEnd(44)} ${(raw / 1024).toFixed(1).padStart(7)} kB  gzip ${(gz / 1024).toFixed(1).padStart(6)} kB\n`,
  );
}
