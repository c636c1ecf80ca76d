#!/usr/bin/env bash
# Self-hosting on Chrome/Edge for organisations that cannot use a store: packs a built flavour
# as a signed CRX3 with Chromium's own packer and writes the update manifest that
# ExtensionSettings' update_url points to.
#   bash scripts/pack-crx.sh <open|disguised> <private-key.pem> <base-url> [out-dir]
# The key decides the extension id; keep it outside the repository, back it up, and use the same
# key for every version (a new key is a new extension). Make one once with:
#   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out stille-hulp-crx.pem
# <base-url> is where the files will be served (https), e.g. https://intranet.example/stille-hulp
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:?usage: pack-crx.sh <open|disguised> <key.pem> <base-url> [out-dir]}
key=${2:?the private key (.pem) that signs the package}
base_url=${3:?the https address the crx and updates.xml are served from}
out=${4:-.output/crx/$flavour}
case "$flavour" in open) name=stille-hulp ;; disguised) name=calculator ;; *) echo "flavour must be open or disguised" >&2; exit 2 ;; esac
[ -r "$key" ] || { echo "cannot read the key $key" >&2; exit 1; }
key=$(realpath "$key")
case "$key" in "$(pwd)"/*) echo "$key is inside the repository: a signing key must stay out of it" >&2; exit 1 ;; esac
built=.output/$flavour/chrome-mv3
[ -f "$built/manifest.json" ] || FLAVOUR=$flavour npx wxt build -b chrome >/dev/null
version=$(node -p "require('./$built/manifest.json').version")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$built" "$work/$name"
"${CHROMIUM_PATH:-chromium}" --headless=new --no-sandbox --user-data-dir="$work/profile" \
  --pack-extension="$work/$name" --pack-extension-key="$key" >/dev/null 2>&1 || true
[ -f "$work/$name.crx" ] || { echo "Chromium did not pack the extension" >&2; exit 1; }

# The extension id: the first 128 bits of SHA-256 over the public key (DER), as letters a–p.
id=$(openssl pkey -in "$key" -pubout -outform DER 2>/dev/null | sha256sum | cut -c1-32 | tr '0-9a-f' 'a-p')
mkdir -p "$out"
cp "$work/$name.crx" "$out/$name-$version.crx"
cat > "$out/updates.xml" <<XML
<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='$id'>
    <updatecheck codebase='${base_url%/}/$name-$version.crx' version='$version' />
  </app>
</gupdate>
XML
echo "extension id: $id"
echo "packed: $out/$name-$version.crx and $out/updates.xml"
echo "serve both at ${base_url%/}/ and set update_url to ${base_url%/}/updates.xml"
