#!/usr/bin/env bash
# A clean clone of the committed tree installs with `npm ci` (package.json and the lock file
# agree, and nothing rewrites the lock file). Uses npm's cache, so it is quick after the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
clone=$(mktemp -d)
trap 'rm -rf "$clone"' EXIT
git clone --quiet --no-hardlinks . "$clone"
(cd "$clone" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null)
if [ -n "$(git -C "$clone" status --porcelain)" ]; then
  echo "npm ci changed the clean clone:" >&2
  git -C "$clone" status --short >&2
  exit 1
fi
echo "a clean clone of $(git rev-parse --short HEAD) installs with npm ci"
