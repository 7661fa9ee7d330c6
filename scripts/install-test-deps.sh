#!/bin/sh
# The system packages the tests need besides npm's: Debian's chromium (the browser tests),
# xmllint (the manifest test), LibreOffice Calc and Writer with poppler's tools and Calibri's
# metric twin Carlito (the print and paste tests render through them). Nothing is done when all
# are there. As root apt-get runs directly (a fresh Debian box has no sudo); as anyone else
# through sudo.
set -eu
PACKAGES="chromium libxml2-utils libreoffice-calc libreoffice-writer poppler-utils fonts-crosextra-carlito"
missing=0
for tool in chromium xmllint soffice pdftotext; do
  command -v "$tool" >/dev/null 2>&1 || missing=1
done
# Writer and the font bring no command of their own: ask dpkg.
for package in libreoffice-writer fonts-crosextra-carlito; do
  case "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)" in
    *"ok installed"*) ;;
    *) missing=1 ;;
  esac
done
if [ "$missing" -eq 0 ]; then
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
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
