"""Guard against PySide6 6.12.0 on CPython 3.11 aborting with "none_dealloc".

That release frees Py_None once too often after a few thousand calls of Qt
methods that return nothing; pyproject pins PySide6-Essentials<6.12 on 3.11.
A fresh process makes 50,000 such calls and must exit cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    app = QApplication([])
    label = QLabel()
    widget = QWidget()
    for i in range(10_000):
        label.setText("x")
        label.setToolTip("tip")
        widget.resize(100 + i % 7, 50)
        widget.setWindowTitle("t")
        label.setIndent(i % 3)
    print("done", flush=True)
""")


def test_fifty_thousand_void_calls_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, (
        f"exit {done.returncode}; PySide6 may be a build with the none_dealloc bug:\n"
        f"{done.stderr[-2000:]}"
    )
    assert "done" in done.stdout
