#!/usr/bin/env bash
# Make sure Tesseract 5 and the language packs the OCR tests read are present (Debian, root).
# Usage: ensure-ocr.sh [EXTRA_PACK...]   e.g. ensure-ocr.sh pol ces   (codes of tesseract-ocr-<code>)
# Probes first (`tesseract --list-langs`); installs with apt-get only what is missing, and only as root.
set -u
packs="eng fra deu ell bul $*"

have_langs() { command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | tail -n +2; }

missing=""
command -v tesseract >/dev/null || missing="tesseract-ocr"
langs=$(have_langs)
for p in $packs; do
  printf '%s\n' "$langs" | grep -qx "$p" || missing="$missing tesseract-ocr-$p"
done
[ -z "${missing// /}" ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "OCR needs these Debian packages; install them as root, or the OCR tests skip (fail with CI=true):$missing" >&2
  exit 0
fi
echo "Installing the OCR engine and language packs:$missing"
apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 $missing >/dev/null
exit 0
