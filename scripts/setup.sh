#!/usr/bin/env bash
# Command 1 of the README: install the locked dependencies and build the extensions.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
bash scripts/build.sh
