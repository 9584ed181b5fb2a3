"""What goes into the desktop bundle, kept apart from the spec so a fast test can check it.

Plain Python (no PyInstaller import): `ptplanner.spec` reads these lists, and
tests/test_desktop_bundle.py checks them without building anything.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# (folder in the source tree, folder in the bundle): the same places the wheel uses, so
# ptplanner/resources.py finds them one way (under sys._MEIPASS when frozen).
DATA_FOLDERS = (
    ("exercises", "ptplanner/_bundled/exercises"),  # the bundled library and the program templates
    ("assets/fonts", "ptplanner/_bundled/assets/fonts"),  # handout fonts with their licences
    ("assets/icons", "ptplanner/_bundled/assets/icons"),  # the window icon
    ("ptplanner/storage/migrations", "ptplanner/storage/migrations"),  # Alembic reads these as files
)
LICENCE_FILES = ("LICENSE",)

# Modules imported in ways PyInstaller cannot follow: Alembic loads the migrations from files, and
# reportlab imports its C speed-ups and its barcode modules (the handouts' QR codes) with exec().
HIDDEN_IMPORTS = (
    "_rl_accel",
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
)
# Every module in these: tomli is compiled (mypyc), and its compiled modules import each other from C.
HIDDEN_PACKAGES = ("reportlab.graphics.barcode", "tomli")
COMPILED_DISTRIBUTIONS = ("tomli",)  # compiled with mypyc: see compiled_runtimes


def compiled_runtimes(distributions: tuple[str, ...] = COMPILED_DISTRIBUTIONS) -> list[str]:
    """The shared module that a mypyc-compiled package's extension modules import from C, where PyInstaller
    cannot see it; its name is a hash, so it is looked up in the installed package's files."""
    from importlib.metadata import PackageNotFoundError, files

    found = []
    for distribution in distributions:
        try:
            names = [Path(str(file)).name for file in files(distribution) or ()]
        except PackageNotFoundError:
            continue
        found += [name.split(".")[0] for name in names if name.split(".")[0].endswith("__mypyc")]
    return found

# Qt modules ptplanner never imports (it uses QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdf and
# QtPdfWidgets; QtPdf itself needs the QtNetwork library), plus other GUI toolkits.
EXCLUDED_MODULES = (
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtSvg", "PySide6.QtSvgWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtGraphs", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtUiTools",
    "PySide6.QtHelp", "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation",
    "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtTextToSpeech", "PySide6.QtRemoteObjects",
    "PySide6.QtScxml", "PySide6.QtNfc", "PySide6.QtHttpServer",
    "tkinter", "PyQt5", "PyQt6", "PySide2", "IPython", "matplotlib",
    # Pillow (reportlab reads PNG and JPEG logos and photos with it): not its AVIF, WebP or Tk parts.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageTk", "PIL._imagingtk",
    "PIL.ImageQt",
)

# The CLDR locales the handouts are written in (core/local_formats.py), with the ones they inherit from.
# PyInstaller's Babel hook collects all 1,100 (35 MB); the bundle keeps these.
BABEL_LOCALES = ("root", "en", "en_001", "en_US", "en_GB", "es")

# Files PyInstaller's Qt hooks collect that ptplanner does not need, by their path in the bundle.
_UNWANTED = re.compile(
    r"""(^|/)PySide6/(Qt/)?translations/       # Qt's own translations: the app is in English
      | (^|/)babel/locale-data/(?!(""" + "|".join(BABEL_LOCALES) + r""")\.dat$)  # other languages' CLDR data
      | /plugins/imageformats/(?!(lib)?qjpeg)  # image formats: PNG is built in, JPEG for photos and logos
      | /plugins/platforms/(lib)?q(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)  # no desktop needs these
      | /plugins/(tls|networkinformation|iconengines|egldeviceintegrations|generic|qmltooling)/
      | /plugins/wayland-graphics-integration-server/  # for compositors, and they need QML
      | /plugins/wayland-decoration-client/(lib)?adwaita  # needs QtSvg; the plain decoration stays
      | /plugins/platforminputcontexts/(lib)?qtvirtualkeyboard
      | /plugins/wayland-graphics-integration-client/(lib)?(dmabuf|drm-egl|shm-emulation|vulkan)-server
      | /plugins/platformthemes/(lib)?qgtk3  # GTK's look: it needs GTK itself and 30 MB of libraries
      # ...the libraries only that GTK theme (and Pillow's AVIF and WebP parts) pulled in on Linux:
      | (^|/)lib(gtk-3|gdk-3|atk|atk-bridge|atspi|cairo|cairo-gobject|pango\w*|gdk_pixbuf\w*|thai|datrie|fribidi
                |graphite2|harfbuzz|pixman|Xrender|Xext|gio|gmodule|gobject|mount|blkid|selinux|epoxy
                |avif|webpdemux|webpmux|Qt6EglFs\w*)[-.]\d*[.a-z0-9-]*so
      | (^|/)libjpeg\.so  # the system one; Pillow's own copy (libjpeg-HASH) stays
      | (^|/)(lib)?Qt6?(Qml|Quick|WebEngine|Svg|Multimedia|VirtualKeyboard|Designer|WaylandCompositor)""",
    re.VERBOSE,
)


def version(root: Path) -> str:
    return re.search(r'__version__ = "([^"]+)"', (root / "ptplanner" / "__init__.py").read_text()).group(1)


def wanted(bundle_path: str) -> bool:
    """False for a collected file the bundle leaves out (path as PyInstaller's TOC names it)."""
    return _UNWANTED.search(bundle_path.replace("\\", "/")) is None


def data_files(root: Path) -> list[tuple[str, str]]:
    """Every data file, as (source file, bundle folder) pairs; caches and compiled files left out."""
    pairs = [(str(root / name), ".") for name in LICENCE_FILES]
    for source, target in DATA_FOLDERS:
        for path in sorted((root / source).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                folder = Path(target, path.parent.relative_to(root / source)).as_posix()
                pairs.append((str(path), folder))
    return pairs


def without_debug_info(entries: list[tuple], folder: Path) -> list[tuple]:
    """On Linux, copies of the binaries that carry debug information (Python's own library from pyenv,
    Cython modules: 40 MB), with only that removed (`strip --strip-debug`, which leaves every symbol
    a loader needs). Elsewhere, and without `strip`, the entries as they are."""
    if sys.platform != "linux" or shutil.which("strip") is None:
        return entries
    result = []
    for name, source, kind in entries:
        if kind in ("BINARY", "EXTENSION") and b".debug_info" in Path(source).read_bytes():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-debug", "-o", str(target), source], check=True)
            source = str(target)
        result.append((name, source, kind))
    return result
