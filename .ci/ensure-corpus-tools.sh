#!/usr/bin/env bash
# LibreOffice (headless, Writer) and Chromium, which produce the eligibility form corpus (`make corpus`).
# Probes first; installs with apt-get only what is missing, and only as root. Debian 12 and 13 names.
set -u
need=""
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui|libreoffice-writer"
command -v chromium >/dev/null 2>&1 || need="$need chromium"
fc-list 2>/dev/null | grep -qi dejavu || need="$need fonts-dejavu-core"
[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "The form corpus needs LibreOffice Writer and Chromium; please install:$need" >&2
  exit 1
fi
apt-get update -qq >/dev/null 2>&1 || true
pkgs=""
for alt in $need; do
  pick=""
  for p in ${alt//|/ }; do apt-cache show "$p" >/dev/null 2>&1 && { pick=$p; break; }; done
  pkgs="$pkgs ${pick:-${alt%%|*}}"
done
echo "Installing for the form corpus:$pkgs"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
