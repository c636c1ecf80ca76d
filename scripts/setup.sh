#!/usr/bin/env bash
# Command 1 of the README: install the locked dependencies and build the extensions.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm ci` refuses this lock file on npm 11 here (platform packages of optional dependencies
# are not recorded); `npm install` installs the same pinned versions from it.
npm install --no-audit --no-fund
bash scripts/build.sh
