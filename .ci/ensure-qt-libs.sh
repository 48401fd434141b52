#!/usr/bin/env bash
# Make sure the Debian libraries Qt needs are present.
# Usage: ensure-qt-libs.sh PYTHON offscreen|gui
# First tries a tiny Qt start; installs with apt-get only when it fails and we are root.
# Accepts either the Debian 12 names or the Debian 13 `t64` names.
set -u
py=$1; mode=${2:-offscreen}

probe() {
  QT_QPA_PLATFORM=${1} "$py" - <<'PY' >/dev/null 2>&1
from PySide6.QtWidgets import QApplication
app = QApplication([])
PY
}

offscreen_pkgs="libgl1 libegl1 libfontconfig1 libdbus-1-3 libglib2.0-0|libglib2.0-0t64 libxkbcommon0"
gui_pkgs="xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"

missing() {  # print the packages (first available alternative) not installed yet
  local want=$1 out=""
  for alt in $want; do
    local ok=""
    for p in ${alt//|/ }; do dpkg -s "$p" >/dev/null 2>&1 && ok=1 && break; done
    [ -n "$ok" ] && continue
    local pick=""
    for p in ${alt//|/ }; do
      if apt-cache show "$p" >/dev/null 2>&1; then pick=$p; break; fi
    done
    out="$out ${pick:-${alt%%|*}}"
  done
  echo "$out"
}

install() {
  if [ "$(id -u)" != 0 ]; then
    echo "Qt needs these Debian packages, please install them (as root):$1" >&2
    return 1
  fi
  command -v apt-get >/dev/null || { echo "No apt-get: install Qt's libraries by hand:$1" >&2; return 1; }
  echo "Installing Debian libraries for Qt:$1"
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $1 >/dev/null
}

if [ "$mode" = offscreen ]; then
  probe offscreen && exit 0
  command -v apt-get >/dev/null && { apt-get update -qq >/dev/null 2>&1 || true; }
  m=$(missing "$offscreen_pkgs")
  [ -n "${m// /}" ] && install "$m"
  probe offscreen || { echo "Qt still cannot start offscreen; see the error with: QT_QPA_PLATFORM=offscreen $py -c 'from PySide6.QtWidgets import QApplication; QApplication([])'" >&2; exit 1; }
else
  command -v dpkg >/dev/null || exit 0
  m=$(missing "$offscreen_pkgs $gui_pkgs")
  if [ -n "${m// /}" ]; then
    command -v apt-get >/dev/null && { apt-get update -qq >/dev/null 2>&1 || true; }
    m=$(missing "$offscreen_pkgs $gui_pkgs")
    install "$m" || true
  fi
fi
exit 0
