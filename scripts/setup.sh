#!/usr/bin/env bash
# Command 1 of the README: install the locked dependencies and build the extensions.
set -euo pipefail
cd "$(dirname "$0")/.."
# package.json's engines: Node 20.19 or newer (README: how to get it on Debian).
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "Node.js $(node -v) is too old: 20.19 or newer is needed (see README, 'On a fresh Debian machine')" >&2
  exit 1
fi
# Exactly the locked tree: package-lock.json records the platform packages of Linux, macOS and
# Windows, so `npm ci` installs the same versions everywhere and never rewrites the lock file.
npm ci --no-audit --no-fund
bash scripts/build.sh
