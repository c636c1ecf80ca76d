#!/usr/bin/env bash
# `npm run release`: everything a store submission needs, from a clean checkout, in
# .output/release/: the Chrome/Edge and Firefox zips of both flavours, AMO's source packages,
# the listings with release notes, store screenshots and SHA256SUMS. The packages are checked
# (licence notices, Mozilla's addons-linter) before anything is copied. Publishing is
# scripts/publish.ts (docs/store/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "$(git status --porcelain)" ] && [ "${RELEASE_ALLOW_DIRTY:-}" != 1 ]; then
  echo "The checkout has uncommitted changes; a release is built from a commit (RELEASE_ALLOW_DIRTY=1 to try anyway):" >&2
  git status --short >&2
  exit 1
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
version=$(node -p "require('./package.json').version")
out=.output/release
rm -rf "$out" && mkdir -p "$out"

for flavour in open disguised; do
  echo "== $flavour: Chrome/Edge package"
  FLAVOUR=$flavour npx wxt zip -b chrome >/dev/null
  echo "== $flavour: Firefox package and AMO source package"
  FLAVOUR=$flavour ZIP_SOURCES=1 npx wxt zip -b firefox >/dev/null
done
echo "== checking the packages"
npx tsx scripts/check-packages.ts .output/open .output/disguised
cp .output/open/stille-hulp-"$version"-{chrome,firefox,sources}.zip .output/disguised/calculator-"$version"-{chrome,firefox,sources}.zip "$out"/

echo "== listings"
npx tsx scripts/release-listing.ts "$out"
echo "== screenshots from the real popup"
npx tsx scripts/store-screenshots.ts "$out/screenshots"

(cd "$out" && sha256sum ./*.zip > SHA256SUMS)
echo "== release $version ($(git rev-parse --short HEAD)) in $out:"
(cd "$out" && find . -type f | sort)
