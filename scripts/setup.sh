#!/usr/bin/env bash
# Command 1 of the README: install the locked dependencies and build the extensions.
set -euo pipefail
cd "$(dirname "$0")/.."
# Exactly the locked tree: package-lock.json records the platform packages of Linux, macOS and
# Windows, so `npm ci` installs the same versions everywhere and never rewrites the lock file.
npm ci --no-audit --no-fund
bash scripts/build.sh
