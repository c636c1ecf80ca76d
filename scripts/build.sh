#!/usr/bin/env bash
# Builds every flavour for Chrome/Edge (MV3) and Firefox: unpacked folders under
# .output/<flavour>/ and installable zips beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
FLAVOURS=${FLAVOURS:-"open disguised"}
for flavour in $FLAVOURS; do
  for target in chrome firefox; do
    echo "== building $flavour for $target"
    FLAVOUR=$flavour npx wxt zip -b "$target" >/dev/null
  done
done
ls -1 .output/*/*.zip
