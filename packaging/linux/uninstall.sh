#!/bin/sh
# Remove ptplanner installed by install.sh: the program, its launcher, menu entry and icons.
#   ./uninstall.sh   (sudo for a system install; --user or --system to choose)
# Never removes the data folder (~/.local/share/ptplanner: patients, programs, backups).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/install-paths.sh"

if [ ! -e "$APP/$MARK" ]; then
  echo "uninstall.sh: no ptplanner installed by install.sh in $APP; nothing removed." >&2
  exit 1
fi
rm -f "$SHARE/applications/ptplanner.desktop"
rm -f "$SHARE"/icons/hicolor/*/apps/ptplanner.png "$SHARE/icons/hicolor/scalable/apps/ptplanner.svg"
# The launcher only if it is ours (a pip install's `ptplanner` stays).
if [ -f "$BIN/ptplanner" ] && grep -q "$MARK" "$BIN/ptplanner"; then rm -f "$BIN/ptplanner"; fi
rm -rf "$APP"
if [ -z "${PTPLANNER_DESTDIR:-}" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
  [ -f "$SHARE/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
fi
if [ "$SCOPE" = system ]; then
  echo "ptplanner is removed. Each person's data is still in their ~/.local/share/ptplanner."
else
  echo "ptplanner is removed. Your data is still in $DATA_DIR (delete that folder yourself to erase it)."
fi
