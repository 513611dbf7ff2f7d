#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver, which the browser system test (BrowserPurchaseIT) drives.
# Idempotent: does nothing when both are already there. Needs root, or sudo.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

if [[ -x $CHROMIUM && -x $CHROMEDRIVER ]]; then
  echo "install-browser: chromium and chromedriver already installed, nothing to do"
  echo "  $($CHROMIUM --version 2>/dev/null || echo "$CHROMIUM")"
  echo "  $($CHROMEDRIVER --version 2>/dev/null || echo "$CHROMEDRIVER")"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  AS_ROOT=()
elif command -v sudo >/dev/null 2>&1; then
  AS_ROOT=(sudo)
else
  echo "install-browser: cannot install chromium and chromium-driver: not root and no sudo." >&2
  echo "  As root, run: apt-get update && apt-get install -y chromium chromium-driver" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no apt-get on this machine; install Chromium and ChromeDriver so that" \
       "$CHROMIUM and $CHROMEDRIVER exist." >&2
  exit 1
fi

echo "install-browser: installing Debian's chromium and chromium-driver (apt-get)"
if ! "${AS_ROOT[@]}" apt-get update -qq \
    || ! "${AS_ROOT[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; then
  echo "install-browser: apt-get failed to install chromium and chromium-driver (see above)." >&2
  exit 1
fi

if [[ ! -x $CHROMIUM || ! -x $CHROMEDRIVER ]]; then
  echo "install-browser: apt-get finished, but $CHROMIUM or $CHROMEDRIVER is still missing." >&2
  exit 1
fi
echo "install-browser: installed"
echo "  $($CHROMIUM --version 2>/dev/null)"
echo "  $($CHROMEDRIVER --version 2>/dev/null)"
