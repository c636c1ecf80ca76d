#!/usr/bin/env bash
# Command 2 of the README: every check and test, in the order CI runs them:
# type-check, lint, unit tests, build, package checks (licence notices, addons-linter), a clean
# clone's `npm ci`, end-to-end tests in real Chromium and Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing dependencies"
  npm ci --no-audit --no-fund # exactly the locked tree, see scripts/setup.sh
fi
bash scripts/ensure-browsers.sh

echo "== type-check"; npx tsc --noEmit -p .
echo "== lint"; npx eslint .
echo "== unit tests"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json" || status=1
echo "== build"; bash scripts/build.sh
echo "== store packages (licence notices, Mozilla's addons-linter)"
npx tsx scripts/check-packages.ts || status=1
echo "== clean clone installs with npm ci"
bash scripts/check-clean-install.sh || status=1
echo "== end-to-end tests"
npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json" || status=1

node scripts/summarise-tests.mjs "$results"/*.json
exit $status
