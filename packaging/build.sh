#!/usr/bin/env bash
# Build ptplanner's desktop bundle in dist/ptplanner, and on Linux its archive
# dist/ptplanner-VERSION-linux-ARCH.tar.gz (with install.sh, uninstall.sh, the menu entry and icons).
#   packaging/build.sh        from any folder; needs Python 3.11+ and the internet (or a pip mirror)
# PyInstaller and the app's dependencies go into their own virtual environment, .buildenv
# (PTPLANNER_BUILD_ENV to choose another), never into the one you develop in.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_ENV=${PTPLANNER_BUILD_ENV:-$ROOT/.buildenv}
cd "$ROOT"

if [ ! -x "$BUILD_ENV/bin/python" ]; then
  "${PYTHON:-python3}" -m venv "$BUILD_ENV"
fi
"$BUILD_ENV/bin/python" -m pip install -q ".[postgres,bundle]"

started=$SECONDS
rm -rf build/pyinstaller dist/ptplanner
"$BUILD_ENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/ptplanner.spec
echo "Bundle built in $((SECONDS - started)) s: dist/ptplanner ($(du -sh dist/ptplanner | cut -f1))"

if [ "$(uname -s)" = Linux ]; then
  version=$("$BUILD_ENV/bin/python" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_contents as b, pathlib; print(b.version(pathlib.Path(".")))')
  name=ptplanner-$version-linux-$(uname -m)
  stage=build/archive/$name
  rm -rf build/archive && mkdir -p "$stage/icons"
  cp -R dist/ptplanner "$stage/ptplanner"
  cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/install-paths.sh \
    packaging/linux/ptplanner.desktop LICENSE "$stage/"
  cp assets/icons/ptplanner.svg assets/icons/ptplanner-*.png "$stage/icons/"
  echo "$version" > "$stage/VERSION"
  tar -C build/archive -czf "dist/$name.tar.gz" "$name"
  echo "Archive: dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1)); unpack it and run ./install.sh"
fi
