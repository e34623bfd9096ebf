"""The model loads as one step: no thread ever configures the mappers of a half-loaded part."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Two threads in a fresh process: one configures the mappers over and over as soon as
# it has a class, the other names classes of other parts.  Loading part by part failed
# about one run in two ("expression 'Study.starts_on' failed to locate a name").
RACE = textwrap.dedent("""
    import threading
    from sqlalchemy.orm import configure_mappers
    import testlab.model as m

    errors, go = [], threading.Barrier(2)

    def configure():
        centre = m.Centre
        go.wait()
        try:
            for _ in range(200):
                configure_mappers()
        except Exception as exc:
            errors.append(repr(exc))

    def name_classes():
        go.wait()
        try:
            m.Stage, m.Session, m.Finding
        except Exception as exc:
            errors.append(repr(exc))

    threads = [threading.Thread(target=configure), threading.Thread(target=name_classes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    configure_mappers()
    print(errors[0] if errors else "OK")
""")


def test_threads_naming_classes_while_mappers_configure_never_fail() -> None:
    for _ in range(5):
        done = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0 and done.stdout.strip() == "OK", done.stdout + done.stderr


def test_importing_the_package_loads_no_part_and_naming_a_class_loads_all() -> None:
    code = ("import sys, testlab.model as m; "
            "before = [p for p in ('network', 'products', 'sessions') "
            "          if 'testlab.model.' + p in sys.modules]; "
            "m.Centre; "
            "after = [p for p in ('network', 'products', 'participants', 'sessions', 'findings') "
            "         if 'testlab.model.' + p in sys.modules]; "
            "print(before, len(after))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "[] 5"
