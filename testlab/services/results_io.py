"""Import and export of the results CSV (one row per task attempt): the use cases.

``import_results`` is all-or-nothing: every row is checked first, any problem
refuses the whole file (``ImportRejected`` with line numbers) and nothing is
written; a cancel rolls back too.  Re-importing the same file adds nothing.
``export_results`` writes the same format atomically (temp file + rename).
The format is described in docs/results-csv.md.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError

from testlab.db.database import Database
from testlab.errors import Conflict, DatabaseUnreachable, InvalidInput, NotFound
from testlab.gc_pause import gc_paused
from testlab.io import results_cells, results_csv
from testlab.io.results_match import ImportCancelled
from testlab.io.results_store import export_query, format_rows, write_plan
from testlab.io.results_validate import plan_import
from testlab.model import Product, Stage
from testlab.progress import CancelCheck, Progress

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    source: str
    rows: int  # data rows in the file
    added: int  # attempts written (would be written, on a dry run)
    skipped: int  # attempts already recorded with identical values
    sessions_created: int
    participants_created: int
    dry_run: bool
    cancelled: bool = False
    columns: tuple[str, ...] = results_csv.COLUMNS
    preview: tuple[tuple[str, ...], ...] = ()  # the first rows' cells, in ``columns`` order
    notes: tuple[str, ...] = ()  # how cells were read that a user should know (timeouts ...)


@dataclass(frozen=True)
class ExportResult:
    """Where an export went and how many attempts it holds."""

    path: str
    rows: int


def import_results(db: Database, path: str | Path, *, dry_run: bool = False,
                   ignore_columns: Sequence[str] = (), progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> ImportResult:
    """Import the results CSV at ``path``; see ``import_results_data``."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"{file} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{file} is a folder, not a CSV file.") from None
    except OSError as exc:
        raise InvalidInput(f"{file} cannot be read: {exc.strerror or exc}.") from None
    return import_results_data(db, data, source=str(file), dry_run=dry_run,
                               ignore_columns=ignore_columns, progress=progress,
                               cancelled=cancelled)


def import_results_data(db: Database, data: bytes, *, source: str = "the file",
                        dry_run: bool = False, ignore_columns: Sequence[str] = (),
                        progress: Progress | None = None,
                        cancelled: CancelCheck | None = None) -> ImportResult:
    """Check every row of ``data``, then insert the new attempts in one transaction.

    Raises ``ImportRejected`` (every problem with its line) having written nothing.
    ``progress(done, total)`` counts rows checked, then rows written; when
    ``cancelled()`` turns true the transaction is rolled back and the result
    says ``cancelled``.  ``dry_run`` checks everything and writes nothing.
    Columns named in ``ignore_columns`` (as in the file's header) are left out.
    """
    with gc_paused():
        return _import(db, data, source, dry_run, ignore_columns, progress, cancelled)


def _notes(table: results_csv.CsvTable) -> tuple[str, ...]:
    """What the import did with cells a user may not expect: 'timeout' is a failure."""
    index = table.columns["outcome"]
    timeouts = sum(1 for raw in table.rows if results_cells.is_timeout(raw.cells[index]))
    if not timeouts:
        return ()
    return (f"{timeouts} outcome cell(s) say 'timeout': recorded as failure.",)


def _import(db: Database, data: bytes, source: str, dry_run: bool,
            ignore_columns: Sequence[str], progress: Progress | None,
            cancelled: CancelCheck | None) -> ImportResult:
    table = results_csv.read_rows(results_csv.decode(data), ignore=ignore_columns)
    notes = _notes(table)
    rows = len(table.rows)
    total = rows * (1 if dry_run else 2)
    preview = tuple(
        tuple(table.cell(raw, name) for name in results_csv.COLUMNS)
        for raw in table.rows[:PREVIEW_ROWS]
    )
    try:
        with db.session_factory.begin() as session:
            connection = session.connection()
            plan = plan_import(connection, table, total=total, progress=progress,
                               cancelled=cancelled)
            if not dry_run:
                write_plan(connection, plan, done=rows, total=total,
                           progress=progress, cancelled=cancelled)
    except ImportCancelled:
        return ImportResult(source, rows, 0, 0, 0, 0, dry_run, cancelled=True,
                            preview=preview)
    except IntegrityError:
        raise Conflict(
            f"{source}: the database changed while importing (someone recorded the same "
            "attempts); nothing was imported. Import again."
        ) from None
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
        raise DatabaseUnreachable(
            f"The database refused the import ({reason}); nothing was imported."
        ) from None
    return ImportResult(
        source=source, rows=plan.rows, added=len(plan.attempts), skipped=plan.skipped,
        sessions_created=len(plan.sessions), participants_created=len(plan.participants),
        dry_run=dry_run, preview=preview, notes=notes,
    )


def export_results_data(db: Database, *, product: str | None = None,
                        stage: str | None = None) -> tuple[bytes, int]:
    """The results CSV (bytes) of every attempt, or of one product and/or stage; and its rows.

    Only pseudonymous participant codes are written, never contact details.
    """
    with db.session_factory.begin() as session:
        if product is not None and session.scalar(
            select(Product.id).where(Product.name == product)
        ) is None:
            raise NotFound(f"There is no product named '{product}'.")
        if stage is not None:
            query = select(Stage.id).join(Product).where(Stage.name == stage)
            if product is not None:
                query = query.where(Product.name == product)
            if session.execute(query.limit(1)).first() is None:
                where = f" in '{product}'" if product is not None else ""
                raise NotFound(f"There is no stage named '{stage}'{where}.")
        records = session.execute(export_query(product, stage)).all()
    rows = format_rows(records)
    return results_csv.write_rows(rows), len(rows)


def export_results(db: Database, out: str | Path, *, product: str | None = None,
                   stage: str | None = None) -> ExportResult:
    """Write the results CSV to ``out`` atomically: a temp file beside it, then a rename."""
    target = Path(out)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name such as results.csv.")
    if not folder.is_dir():
        raise InvalidInput(f"The folder {folder} does not exist; nothing was written.")
    data, count = export_results_data(db, product=product, stage=stage)
    write_atomically(target, data)
    return ExportResult(str(target), count)


def write_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` so that readers see the old file or the whole new one."""
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=target.parent)
    except OSError as exc:
        raise InvalidInput(f"Cannot write in {target.parent}: {exc.strerror or exc}.") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise InvalidInput(f"Cannot write {target}: {exc.strerror or exc}.") from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
