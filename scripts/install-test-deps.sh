#!/bin/sh
# The system packages the tests need besides npm's: Debian's chromium (the browser tests) and
# xmllint (the manifest test). Nothing is done when both are there. As root apt-get runs
# directly (a fresh Debian box has no sudo); as anyone else through sudo.
set -eu
if command -v chromium >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "install-test-deps: apt-get needs root: run this as root, or install sudo" >&2
  exit 1
fi
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libxml2-utils >/dev/null
