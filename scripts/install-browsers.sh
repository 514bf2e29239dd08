#!/usr/bin/env bash
# Debian's Chromium and Firefox ESR, installed with apt-get when missing (as root). Test
# tools never download browsers of their own.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing ${need[*]}: run as root, or install them with apt-get." >&2
  exit 1
fi
echo "Installing ${need[*]} with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
