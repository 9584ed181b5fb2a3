#!/usr/bin/env bash
# Run the built Linux bundle as a clinic desktop would, with no Python on hand:
#   packaging/smoke_test.sh [BUNDLE_DIR]      (default dist/ptplanner, made by packaging/build.sh)
# --version, `demo` in a new data folder, `patients`, `handout` and `report` (PDFs checked), `library
# check`, the window offscreen until its data is attached, and what the bundle must not carry.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(cd "${1:-$ROOT/dist/ptplanner}" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
# A clean environment: no PYTHONPATH or virtual environment can help the bundle along.
app() { env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@" \
  "$BUNDLE/ptplanner" --data-dir "$WORK/data"; }
run() { env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$BUNDLE/ptplanner" --data-dir "$WORK/data" "$@"; }
pdf_says() {  # FILE TEXT: a PDF with at least one page holding TEXT
  [ "$(head -c 5 "$1")" = "%PDF-" ] || fail "$1 is not a PDF"
  if command -v pdftotext >/dev/null; then
    pdftotext "$1" "$1.txt" && grep -q "$2" "$1.txt" || fail "$1 does not say '$2'"
    echo "  $(basename "$1"): $(pdfinfo "$1" | awk '/^Pages:/ {print $2}') page(s), says '$2'"
  fi
}

version=$(run --version) || fail "--version"
echo "version: $version"
run demo >/dev/null || fail "demo"
first=$(run patients | sed -n 2p)
id=${first%% *}
name=$(echo "$first" | cut -c11-43 | sed 's/ *$//')
[ -n "$id" ] && [ -n "$name" ] || fail "patients listed nothing after demo"
echo "demo: $(run patients | tail -n +2 | wc -l) patients, first $name ($id)"
run handout "$id" --out "$WORK/handout.pdf" >/dev/null || fail "handout"
pdf_says "$WORK/handout.pdf" "${name%% *}"
run report "$id" --out "$WORK/report.pdf" >/dev/null || fail "report"
pdf_says "$WORK/report.pdf" "${name%% *}"
run library check | tee "$WORK/library.txt" | sed 's/^/  /'
grep -q "^ok: " "$WORK/library.txt" || fail "library check"

# The window: painted, then the clinic attached; nothing on stderr but the offscreen platform's note.
started=$(date +%s%N)
app PTPLANNER_START_CHECK=1 > "$WORK/gui.out" 2> "$WORK/gui.err" & pid=$!
( sleep 60; kill "$pid" 2>/dev/null ) & watchdog=$!
wait "$pid" || fail "the window exited with status $? ($(head -c 500 "$WORK/gui.err"))"
kill "$watchdog" 2>/dev/null || true
grep -qx painted "$WORK/gui.out" && grep -qx ready "$WORK/gui.out" || fail "the window never became ready"
errors=$(grep -v "^This plugin does not support propagateSizeHints()$" "$WORK/gui.err" || true)
[ -z "$errors" ] || fail "the window wrote to stderr: $errors"
echo "window: painted and ready in $(( ($(date +%s%N) - started) / 1000000 )) ms, stderr clean"

# What the bundle must not carry, and its size.
unwanted=$(find "$BUNDLE" \( -name '*WebEngine*' -o -name '*Qt6Qml*' -o -name '*Qt6Quick*' -o -path '*/translations/*' \
  -o -path '*/imageformats/*' ! -name 'libqjpeg.so' \) -print | head -5)
[ -z "$unwanted" ] || fail "the bundle carries $unwanted"
# Every library and plugin finds what it links against (in the bundle, or on this system).
internal=$BUNDLE/_internal
missing=$(find "$internal" -name '*.so*' -type f -exec env LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" \
  ldd {} + 2>/dev/null | grep "not found" | sort -u | head -5 || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
size=$(du -sm "$BUNDLE" | cut -f1)
[ "$size" -le 200 ] || fail "the bundle is $size MB, more than 200 MB"
echo "bundle: $size MB, no WebEngine, QML, Quick, translations or unused image formats"
echo "smoke test passed"
