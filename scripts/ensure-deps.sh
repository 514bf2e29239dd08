#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lockfile, so the
# README's two commands work on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies…"
  # npm ci refuses this lockfile on some registries: it lacks Biome's binaries for other
  # platforms (Windows, macOS, Android), which npm leaves out when the registry does not
  # serve them. npm install then installs the same locked versions for this platform.
  npm ci --no-audit --no-fund 2>/dev/null || npm install --no-audit --no-fund
fi
