#!/usr/bin/env bash
# Installs the Debian packages the system tests drive: chromium and chromium-driver (BrowserPurchaseIT) and tcpdump
# (EncryptedRunIT's capture of the loopback traffic). Idempotent: does nothing when all are there. Needs root, or sudo.
set -euo pipefail

declare -A BINARY=([chromium]=/usr/bin/chromium [chromium-driver]=/usr/bin/chromedriver [tcpdump]=/usr/bin/tcpdump)
missing=()
for package in chromium chromium-driver tcpdump; do
  [[ -x ${BINARY[$package]} ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-test-tools: chromium, chromedriver and tcpdump already installed, nothing to do"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  AS_ROOT=()
elif command -v sudo >/dev/null 2>&1; then
  AS_ROOT=(sudo)
else
  echo "install-test-tools: cannot install ${missing[*]}: not root and no sudo." >&2
  echo "  As root, run: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-tools: no apt-get on this machine; install ${missing[*]} so that these exist:" \
       "$(for p in "${missing[@]}"; do printf '%s ' "${BINARY[$p]}"; done)" >&2
  exit 1
fi

echo "install-test-tools: installing Debian's ${missing[*]} (apt-get)"
if ! "${AS_ROOT[@]}" apt-get update -qq \
    || ! "${AS_ROOT[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; then
  echo "install-test-tools: apt-get failed to install ${missing[*]} (see above)." >&2
  exit 1
fi

for package in "${missing[@]}"; do
  if [[ ! -x ${BINARY[$package]} ]]; then
    echo "install-test-tools: apt-get finished, but ${BINARY[$package]} is still missing." >&2
    exit 1
  fi
done
echo "install-test-tools: installed ${missing[*]}"
