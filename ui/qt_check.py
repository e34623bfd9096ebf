"""Before the window starts (``make run``): can Qt open a window on this machine?

On Linux, Qt's xcb platform plugin needs X11 libraries that a fresh machine
may lack; without them Qt stops with a bare "could not load the Qt platform
plugin".  This checks them with ``ldd`` (without importing Qt, so it is fast),
installs the missing Debian packages when run as root, and otherwise prints
the exact ``sudo apt-get install …`` line and exits with status 2.  It also
says plainly when there is no screen to show a window on.

Run as ``python -m ui.qt_check``; exit status 0 means "go ahead".
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEM = 2

# Shared library (as ldd names it) -> the Debian/Ubuntu package that ships it.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

Runner = Callable[..., subprocess.CompletedProcess[str]]


def xcb_plugin() -> Path | None:
    """Where PySide6's xcb platform plugin is, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for candidate in (Path(folder, "Qt", "plugins", "platforms", "libqxcb.so"),
                          Path(folder, "plugins", "platforms", "libqxcb.so")):
            if candidate.is_file():
                return candidate
    return None


def missing_libraries(plugin: Path, run: Runner = subprocess.run) -> list[str]:
    """The shared libraries ``ldd`` reports as "not found" for ``plugin`` (sorted, unique)."""
    result = run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    missing = {
        line.split("=>")[0].strip()
        for line in result.stdout.splitlines()
        if "not found" in line
    }
    return sorted(missing)


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages to install, libraries no known package ships)."""
    packages = sorted({DEBIAN_PACKAGES[lib] for lib in libraries if lib in DEBIAN_PACKAGES})
    unknown = [lib for lib in libraries if lib not in DEBIAN_PACKAGES]
    return packages, unknown


def has_screen(environ: Mapping[str, str]) -> bool:
    """Whether a window can be shown: a display, or a platform chosen explicitly."""
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt may pick (or fall back to) its xcb plugin."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    return not chosen or "xcb" in chosen


def install(packages: list[str], run: Runner = subprocess.run) -> bool:
    """apt-get update, then install ``packages``; True when both succeeded."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print("TestLab: installing the libraries Qt needs to open a window: "
          + " ".join(packages), flush=True)
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", *packages]):
        if run(command, env=env, check=False).returncode != 0:
            return False
    return True


def check(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    is_root: bool | None = None,
    run: Runner = subprocess.run,
    plugin: Path | None = None,
) -> int:
    """Run every check; print what is wrong and how to fix it; return the exit status."""
    env = os.environ if environ is None else environ
    if platform.startswith("linux") and uses_xcb(env):
        status = _check_xcb(plugin or xcb_plugin(), is_root, run)
        if status != EXIT_OK:
            return status
    if platform.startswith("linux") and not has_screen(env):
        print(
            "TestLab: there is no screen to show the window on: neither DISPLAY nor "
            "WAYLAND_DISPLAY is set.\n"
            "  Start TestLab from a desktop session, or over SSH with X forwarding "
            "(ssh -X), or run it under Xvfb (xvfb-run make run).\n"
            "  To run without a screen at all (tests, screenshots) set "
            "QT_QPA_PLATFORM=offscreen.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    return EXIT_OK


def _check_xcb(plugin: Path | None, is_root: bool | None, run: Runner) -> int:
    if plugin is None:
        return EXIT_OK  # no xcb plugin shipped: Qt will use another platform
    if shutil.which("ldd") is None:
        return EXIT_OK  # cannot tell; let Qt try
    missing = missing_libraries(plugin, run)
    if not missing:
        return EXIT_OK
    packages, unknown = packages_for(missing)
    root = (os.geteuid() == 0) if is_root is None else is_root
    can_install = bool(packages) and root and shutil.which("apt-get") is not None
    if can_install and install(packages, run) and not missing_libraries(plugin, run):
        print("TestLab: Qt's libraries are installed.", flush=True)
        return EXIT_OK
    print(
        "TestLab cannot open its window: Qt's X11 platform plugin needs libraries "
        "this machine lacks:\n  " + ", ".join(missing),
        file=sys.stderr,
    )
    if packages:
        print("Install them with:\n  sudo apt-get install " + " ".join(packages),
              file=sys.stderr)
    if unknown:
        print("Also install the packages that provide: " + ", ".join(unknown)
              + " (on Debian/Ubuntu: apt-file search <library>)", file=sys.stderr)
    return EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(check())
