#!/bin/sh
# Install ptplanner from this unpacked archive, or update an earlier install to this version.
#   ./install.sh            for you: ~/.local/opt/ptplanner, ~/.local/bin/ptplanner and your menu
#   sudo ./install.sh       for everyone: /opt/ptplanner, /usr/local/bin/ptplanner and the menu
#   ./install.sh --user | --system   to choose; PTPLANNER_DESTDIR=DIR stages a system install in DIR.
# Your data folder (~/.local/share/ptplanner) is never touched: the new version updates the database
# itself the next time it opens it, after keeping a checked copy of it.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/install-paths.sh"

[ -x "$HERE/ptplanner/ptplanner" ] || { echo "install.sh: $HERE/ptplanner/ptplanner is missing; unpack the whole archive first." >&2; exit 1; }
case "$APP" in /|"$HOME"|"$HOME/"|"$DATA_DIR"|"$DATA_DIR"/*) echo "install.sh: refusing to install into $APP" >&2; exit 1 ;; esac
if [ -e "$APP" ] && [ ! -e "$APP/$MARK" ]; then
  echo "install.sh: $APP exists and was not made by this installer; move it away first." >&2; exit 1
fi

mkdir -p "$(dirname "$APP")" "$BIN" "$SHARE/applications"
# Copy beside the old install, then swap: a failed copy (a full disk) leaves the old version working.
rm -rf "$APP.new"
mkdir -p "$APP.new"
cp -R "$HERE/ptplanner" "$HERE/icons" "$HERE/install-paths.sh" "$HERE/uninstall.sh" "$APP.new/"
printf 'ptplanner %s, installed %s\nscope=%s\n' "$(cat "$HERE/VERSION" 2>/dev/null || echo unknown)" \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$SCOPE" > "$APP.new/$MARK"
if [ -e "$APP" ]; then
  rm -rf "$APP.old"
  mv "$APP" "$APP.old"
fi
mv "$APP.new" "$APP"
rm -rf "$APP.old"

EXE=${APP#"${PTPLANNER_DESTDIR:-}"}/ptplanner/ptplanner  # the path the installed system will see
printf '#!/bin/sh\n# %s: starts the installed ptplanner\nexec "%s" "$@"\n' "$MARK" "$EXE" > "$BIN/ptplanner"
chmod 755 "$BIN/ptplanner"
sed "s|@EXEC@|$EXE|g" "$HERE/ptplanner.desktop" > "$SHARE/applications/ptplanner.desktop"
chmod 644 "$SHARE/applications/ptplanner.desktop"
for png in "$HERE"/icons/ptplanner-*.png; do
  size=$(basename "$png" .png); size=${size#ptplanner-}
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/ptplanner.png"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/icons/ptplanner.svg" "$SHARE/icons/hicolor/scalable/apps/ptplanner.svg"

# Let the menu see the new entry now (these tools are optional: a desktop finds it at the next login).
if [ -z "${PTPLANNER_DESTDIR:-}" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
fi
echo "ptplanner is installed in $APP."
echo "Open it from the menu (ptplanner), or run: $BIN/ptplanner"
echo "To remove it: $APP/uninstall.sh$( [ "$SCOPE" = system ] && echo ' (as root)')"
