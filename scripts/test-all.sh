#!/usr/bin/env bash
# The one test command (`npm test`): installs what is missing, then typecheck, lint, unit
# tests, the store builds, end-to-end tests in Debian Chromium, a Firefox ESR smoke run
# and web-ext lint. Ends with one line: `tests: N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 FORCE_COLOR=0 CI="${CI:-}"
mkdir -p test-artifacts
passed=0
failed=0
failures=()

step() { # step NAME COMMAND...: one check that counts as one test
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

vitest_step() { # vitest_step NAME CONFIG: counts every vitest test
  local name=$1 config=$2 report="test-artifacts/vitest-$1.json"
  echo "::: $name"
  rm -f "$report"
  npx vitest run --config "$config" --reporter=default --reporter=json --outputFile="$report"
  local code=$?
  if [ -f "$report" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests||0))' "$PWD/$report")
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
    [ "$f" -gt 0 ] || [ "$code" -ne 0 ] && failures+=("$name")
  else
    failed=$((failed + 1))
    failures+=("$name (no report)")
  fi
}

bash scripts/install-browsers.sh || { echo "could not install the browsers"; }
bash scripts/ensure-deps.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

step typecheck npx tsc --noEmit -p tsconfig.json
step lint npx biome check .
vitest_step unit vitest.config.ts
step build node scripts/build.mjs --demo
vitest_step e2e-chromium vitest.e2e.config.ts
step firefox-smoke node scripts/firefox-smoke.mjs
step web-ext-lint node scripts/web-ext-lint.mjs

if [ ${#failures[@]} -gt 0 ]; then echo "failed: ${failures[*]}"; fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
