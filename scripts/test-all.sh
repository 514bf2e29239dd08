#!/usr/bin/env bash
# The one test command (`npm test`): installs what is missing, then typecheck, lint, unit
# tests, the store builds, end-to-end tests in Debian Chromium and in Firefox ESR, and
# web-ext lint. Ends with one line, `tests: N passed, M failed (unit …, chromium …,
# firefox …, checks …)`: CI reads its `tests: N passed, M failed` prefix. A test that
# passed only on its retry is named before that line, and counted in it.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 FORCE_COLOR=0 CI="${CI:-}"
mkdir -p test-artifacts
passed=0
failed=0
failures=()
retried_names=()
# Per group (unit, chromium, firefox, checks), for the last line.
declare -A group_passed=() group_failed=()

count() { # count GROUP PASSED FAILED
  passed=$((passed + $2))
  failed=$((failed + $3))
  group_passed[$1]=$((${group_passed[$1]:-0} + $2))
  group_failed[$1]=$((${group_failed[$1]:-0} + $3))
}

step() { # step NAME COMMAND...: one check that counts as one test (group "checks")
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then count checks 1 0; else count checks 0 1; failures+=("$name"); fi
}

vitest_step() { # vitest_step NAME CONFIG: counts every vitest test (group: NAME without "e2e-")
  local name=$1 config=$2 report="test-artifacts/vitest-$1.json" group=${1#e2e-}
  local retried="test-artifacts/retried-$1.txt"
  echo "::: $name"
  rm -f "$report" "$retried"
  RETRIED_REPORT="$retried" npx vitest run --config "$config" --reporter=default --reporter=json \
    --reporter=./scripts/retried-reporter.ts --outputFile="$report"
  local code=$?
  # Passed, but only on the retry the config allows: counted as passed, and named below.
  if [ -s "$retried" ]; then
    while IFS= read -r line; do retried_names+=("$line"); done < "$retried"
  fi
  if [ -f "$report" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests||0))' "$PWD/$report")
    # An unreadable report counts as one failure rather than breaking the arithmetic.
    p=${p:-0} f=${f:-1}
    if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    count "$group" "$p" "$f"
    [ "$f" -gt 0 ] && failures+=("$name")
  else
    count "$group" 0 1
    failures+=("$name (no report)")
  fi
}

bash scripts/install-browsers.sh || { echo "could not install the browsers"; }
bash scripts/ensure-deps.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

step typecheck npx tsc --noEmit -p tsconfig.json
step lint npx biome check .
vitest_step unit vitest.config.ts
# Builds dist/chrome, dist/firefox and dist/demo: the end-to-end steps below use them.
step build node scripts/build.mjs --demo
vitest_step e2e-chromium vitest.e2e.config.ts
vitest_step e2e-firefox vitest.e2e-firefox.config.ts
step web-ext-lint node scripts/web-ext-lint.mjs

if [ ${#failures[@]} -gt 0 ]; then echo "failed: ${failures[*]}"; fi
if [ ${#retried_names[@]} -gt 0 ]; then
  echo "passed only on a retry (${#retried_names[@]}):"
  printf '  %s\n' "${retried_names[@]}"
fi
groups=()
for group in unit chromium firefox checks; do
  [ -n "${group_passed[$group]:-}" ] || continue
  entry="$group ${group_passed[$group]}"
  [ "${group_failed[$group]}" -gt 0 ] && entry+=" + ${group_failed[$group]} failed"
  groups+=("$entry")
done
summary=$(IFS=,; echo "${groups[*]}")
retries=""
[ ${#retried_names[@]} -gt 0 ] && retries="; ${#retried_names[@]} of them passed only on a retry"
echo "tests: $passed passed, $failed failed (${summary//,/, }$retries)"
[ "$failed" -eq 0 ]
