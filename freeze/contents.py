"""What the bundle ships and what it leaves out, each with its reason.

``build.spec`` reads these lists; ``tests/test_bundle.py`` checks the built bundle against them. To ship something
new (a database driver, a catalogue format), add its modules to ``HIDDEN_IMPORTS`` with a comment saying why they
are imported by name, and extend ``onsshare_desktop/cli/selftest.py`` so the bundle's self-test exercises them.
``resources/`` ships whole, so new files there (help pages, gettext catalogues) need no change here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Exclusion:
    """Modules kept out of the bundle, and why the app does not need them."""

    name: str
    modules: tuple[str, ...]
    reason: str


# Third-party network clients. The app promises never to touch the network; what is not shipped cannot be called.
# pyHanko imports aiohttp when ``pyhanko.sign`` loads (its HTTP timestamp client), so the bundle's run-time hook
# freeze/rthook_offline.py puts a refusing stand-in for that one module in its place.
NETWORK_CLIENTS = Exclusion("network clients", (
    "aiohttp", "aiohappyeyeballs", "aiosignal", "yarl", "multidict", "frozenlist", "propcache",
    "requests", "urllib3", "httpx", "httpcore", "h11", "h2", "pycurl", "websocket", "websockets", "httplib2",
    "certifi",  # the CA bundle only HTTPS clients read
    "pyhanko.sign.timestamps.aiohttp_client", "pyhanko.sign.timestamps.requests_client",
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers", "pyhanko_certvalidator.fetchers.requests_fetchers",
    "pyhanko.sign.signers.csc_signer", "pyhanko.sign.validation.qualified.eutl_fetch",
    # the standard library's clients nothing kept imports (urllib.request, http.client and ssl stay: see
    # STDLIB_KEPT)
    "ftplib", "smtplib", "poplib", "imaplib", "nntplib", "telnetlib", "xmlrpc", "http.server", "socketserver",
    "webbrowser",
), "The app works offline: it verifies against the local trust store with fetching off and never timestamps.")

PACKAGING_TOOLS = Exclusion("packaging tools", (
    "pkg_resources", "setuptools", "distutils", "_distutils_hack", "pip", "wheel",
), "Installers' tools. Their PyInstaller run-time hooks import them at every start (about 150 ms).")

DEVELOPMENT_TOOLS = Exclusion("development and test tools", (
    "pytest", "_pytest", "hypothesis", "pytestqt", "PyInstaller", "tkinter", "_tkinter",
    "pygments", "pydoc_data", "lib2to3",
    "babel", "onsshare_desktop.catalogues",  # ./dev.sh i18n: the app reads the compiled catalogues with gettext
), "Tests and tooling; pygments only colours Mako's error pages (Alembic imports Mako to write new revisions); "
   "Babel only extracts and compiles the translation catalogues (36 MB, with its CLDR data).")

# reportlab imports PIL.Image when it loads (reportlab.lib.utils), so Pillow's core stays. The app draws no
# images, so Pillow's optional codecs and toolkit bridges (and their 9 MB of libraries) stay out.
PILLOW_EXTRAS = Exclusion("Pillow extras", (
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft", "PIL._imagingtk", "PIL.ImageQt", "PIL.ImageTk",
    "PIL.ImageCms", "PIL.ImageFont", "PIL.ImageShow", "PIL.AvifImagePlugin", "PIL.WebPImagePlugin",
), "The app draws no images; reportlab needs only PIL.Image to load.")

# pyHanko writes XMP metadata with lxml.etree into PDF 2.0 files (a pack is PDF 2.0: its attachments carry
# /AFRelationship), so lxml.etree stays: without it a bundle would sign packs without the metadata stream that a
# source install writes. The rest of lxml is never imported.
LXML_EXTRAS = Exclusion("lxml extras", (
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect", "lxml.doctestcompare", "lxml.usedoctest",
    "lxml.ElementInclude", "lxml.sax", "lxml.builder", "lxml.pyclasslookup",
), "pyHanko uses only lxml.etree (XMP metadata).")

QT_MODULES = Exclusion("unused Qt modules", tuple(f"PySide6.{m}" for m in (
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtOpenGL", "QtOpenGLWidgets", "QtSql", "QtTest", "QtDBus",
    "QtConcurrent", "QtDesigner", "QtHelp", "QtPrintSupport", "QtXml", "QtUiTools", "QtPdf", "QtPdfWidgets",
    "QtSvgWidgets", "QtStateMachine",
)), "The app uses QtCore, QtGui, QtWidgets (and QtSvg through the SVG icon plugin).")

LINE_EDITING = Exclusion("line editing", ("readline",),
                         "The app has no interactive prompt (passphrases are read with getpass, which needs no "
                         "readline); leaving it out also leaves out libreadline and libtinfo.")




def excluded_modules() -> list[str]:
    """Every module name ``Analysis(excludes=...)`` gets."""
    return [module for exclusion in EXCLUSIONS for module in exclusion.modules]


# Modules the import graph cannot find because they are imported by name at run time.
HIDDEN_IMPORTS_BY_NAME = (
    # keyring picks its backend at run time (collect_submodules("keyring.backends") adds the rest in build.spec)
    # SQLAlchemy loads its dialect from the URL; Alembic its migration context and DDL implementation.
    "sqlalchemy.dialects.sqlite", "alembic.runtime.migration", "alembic.ddl.sqlite",
    # a screening team's PostgreSQL server (postgresql+psycopg://): SQLAlchemy loads the dialect by name from the
    # URL, psycopg its compiled implementation (psycopg_binary, with its own libpq) at run time; build.spec adds
    # every psycopg module.
    # psycopg is a database driver the user points at their team's server, not a client of web services, so it
    # ships (its libpq speaks TLS with its own OpenSSL).
    "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.postgresql.psycopg", "alembic.ddl.postgresql",
    # psycopg_binary refuses to be imported on its own, so collect_submodules finds nothing in it: name them.
    "psycopg_binary", "psycopg_binary._psycopg", "psycopg_binary.pq", "psycopg_binary.version",
)

# The standard library's network modules that stay, and why: keyring imports jaraco.context, which imports
# urllib.request (and so http.client) when it loads; psycopg imports ssl when it loads (libpq and Python share
# OpenSSL's set-up), for TLS to a team's PostgreSQL server. They are the standard library, not a client the app
# calls: nothing in the app opens a URL.
STDLIB_KEPT = ("urllib.request", "http.client", "http.cookiejar", "email", "ssl")

# The C accelerator of ``decimal``: SQLAlchemy imports decimal, but the app stores no decimal numbers, and Python
# falls back to its own pure-Python implementation (``_pydecimal``) when the accelerator is absent.
DECIMAL_ACCELERATOR = Exclusion("decimal accelerator", ("_decimal",),
                                "No decimal arithmetic in the app; Python falls back to _pydecimal.")

# SQLAlchemy's dialects for servers the app refuses (store.engine.parse_database_url takes SQLite and PostgreSQL
# through psycopg only). SQLAlchemy loads a dialect by the URL's name, and Alembic's DDL modules for them name these
# only for type checking.
OTHER_DATABASES = Exclusion("other databases", (
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle",
), "The app keeps its data in SQLite or a team's PostgreSQL server, nothing else.")

# The standard library's test frameworks: only doctest imports unittest, and only reportlab's own test drawing
# (reportlab.graphics.testshapes) and lxml's doctest helpers (left out above) import doctest.
TEST_FRAMEWORKS = Exclusion("test frameworks", ("unittest", "doctest", "reportlab.graphics.testshapes"),
                            "Nothing the app runs imports them.")

EXCLUSIONS: tuple[Exclusion, ...] = (
    NETWORK_CLIENTS, PACKAGING_TOOLS, DEVELOPMENT_TOOLS, PILLOW_EXTRAS, LXML_EXTRAS, QT_MODULES, LINE_EDITING,
    DECIMAL_ACCELERATOR, OTHER_DATABASES, TEST_FRAMEWORKS,
)


# Qt parts by where they land in the bundle (paths relative to PySide6/Qt). A plugin that is dropped takes the
# libraries only it needed with it (build.spec prunes them).
QT_PLUGINS_DROPPED = (
    "plugins/platformthemes/libqgtk3.so",  # pulls GTK 3, cairo, pango, atk, gdk-pixbuf (8 MB); Qt's own style
                                           # and the xdg-desktop-portal theme serve instead
    "plugins/platforms/libqeglfs.so", "plugins/platforms/libqlinuxfb.so", "plugins/platforms/libqminimalegl.so",
    "plugins/platforms/libqvkkhrdisplay.so", "plugins/platforms/libqvnc.so",  # kiosks and embedded screens
    "plugins/egldeviceintegrations/",  # only for eglfs
    "plugins/generic/",  # evdev/tslib/TUIO input for screens without a window system (TUIO pulls QtNetwork)
    "plugins/imageformats/libqtiff.so", "plugins/imageformats/libqwebp.so", "plugins/imageformats/libqicns.so",
    "plugins/imageformats/libqtga.so", "plugins/imageformats/libqwbmp.so",  # formats the app never shows
    "plugins/imageformats/libqjpeg.so",  # 0.5 MB: the app's icons are SVG and PNG (Qt reads PNG itself), and it
                                         # shows no photographs
    # OpenGL and Vulkan surface integrations: the app's widgets are drawn in software and it makes no GL context
    "plugins/xcbglintegrations/", "plugins/wayland-graphics-integration-client/",
)
# Kept on purpose: platforms xcb, wayland (with its shell, decoration and graphics plugins), offscreen and minimal;
# platforminputcontexts (compose and IBus: typing accented Welsh letters); xdgdesktopportal theme; SVG icons.

# Qt's own translations: never read. The app's one QTranslator loads its own catalogue (resources/i18n/onsshare_cy.qm,
# shipped with resources/), which also carries the Qt texts it shows (OK, Cancel, Next...): Qt has no Welsh catalogue.
QT_TRANSLATIONS_DROPPED = ("translations/",)


def qt_path_dropped(dest: str) -> bool:
    """True if ``dest`` (a bundle path such as ``PySide6/Qt/plugins/...``) is a Qt part the app does not use."""
    marker = "PySide6/Qt/"
    if marker not in dest:
        return False
    inner = dest.split(marker, 1)[1]
    return any(inner.startswith(p) for p in QT_PLUGINS_DROPPED + QT_TRANSLATIONS_DROPPED)


# Libraries the desktop provides, which the bundle uses from the system rather than carrying copies of (build.spec
# leaves them out, with whatever only they needed: systemd, gcrypt, pcre2, expat, libpng, brotli, ...):
# - manylinux's list of libraries every Linux distribution has (PEP 599), which no wheel may carry either;
# - what Qt's X11 and Wayland platforms and its fonts need from the desktop: a PySide6 install from PyPI needs them
#   from the system in the same way (dev.sh installs them; README lists them).
# A copy older than the desktop's own breaks the system's GL drivers and input methods loaded into the process
# (Mesa needs the system's libstdc++; fontconfig must read the system's configuration).
SYSTEM_LIBRARIES = frozenset({
    "libstdc++.so.6", "libgcc_s.so.1", "libglib-2.0.so.0", "libgthread-2.0.so.0", "libgobject-2.0.so.0",
    "libX11.so.6", "libXext.so.6", "libXrender.so.1", "libGL.so.1",
    "libfontconfig.so.1", "libfreetype.so.6", "libdbus-1.so.3", "libxkbcommon.so.0", "libxkbcommon-x11.so.0",
    "libEGL.so.1", "libX11-xcb.so.1", "libxcb.so.1", "libxcb-cursor.so.0", "libxcb-glx.so.0", "libxcb-icccm.so.4",
    "libxcb-image.so.0", "libxcb-keysyms.so.1", "libxcb-randr.so.0", "libxcb-render-util.so.0",
    "libxcb-render.so.0", "libxcb-shape.so.0", "libxcb-shm.so.0", "libxcb-sync.so.1", "libxcb-util.so.1",
    "libxcb-xfixes.so.0", "libxcb-xkb.so.1", "libwayland-client.so.0", "libwayland-cursor.so.0",
    "libwayland-egl.so.1",
})


def system_library(dest: str) -> bool:
    """True if ``dest`` (a bundle path) is one of ``SYSTEM_LIBRARIES`` at the top of the bundle (copies that a
    package vendors under its own name, such as Pillow's ``pillow.libs/libxcb-<hash>.so``, stay)."""
    return "/" not in dest and dest in SYSTEM_LIBRARIES
