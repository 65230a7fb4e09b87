#!/usr/bin/env bash
# Installs the compromise adapter's npm dependencies (exact versions from
# package-lock.json). Needs node and npm; prints a notice and exits 0 when
# they are missing, so that callers can go on without compromise.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "compromise adapter: node or npm not found; skipping its install" >&2
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
