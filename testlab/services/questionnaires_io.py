"""Import and export of the questionnaires CSV (one closing questionnaire per row).

Same rules as the results CSV (``results_io``): all or nothing, identical rows
skipped so a second import adds nothing, atomic export.  Format in
docs/questionnaires-csv.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from testlab.db.database import Database
from testlab.errors import InvalidInput, NotFound
from testlab.io import questionnaires_csv, results_csv
from testlab.model import Product, Questionnaire
from testlab.services.results_io import ExportResult, write_atomically


@dataclass(frozen=True)
class QuestionnaireImportResult:
    """What an import did (or, on a dry run, would do)."""

    source: str
    rows: int
    added: int
    skipped: int
    dry_run: bool


def import_questionnaires(db: Database, path: str | Path, *, dry_run: bool = False,
                          ignore_columns: Sequence[str] = ()) -> QuestionnaireImportResult:
    """Import the questionnaires CSV at ``path``: every row checked first, then one insert."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"{file} does not exist.") from None
    except OSError as exc:
        raise InvalidInput(f"{file} cannot be read: {exc.strerror or exc}.") from None
    table = results_csv.read_rows(results_csv.decode(data), questionnaires_csv.QUESTIONNAIRES,
                                  ignore_columns)
    with db.session_factory.begin() as session:
        connection = session.connection()
        plan = questionnaires_csv.plan_import(connection, table)
        if plan.inserts and not dry_run:
            connection.execute(insert(Questionnaire), plan.inserts)
    return QuestionnaireImportResult(str(file), plan.rows, len(plan.inserts), plan.skipped,
                                     dry_run)


def export_questionnaires(db: Database, out: str | Path, *,
                          product: str | None = None) -> ExportResult:
    """Write every closing questionnaire (or one product's) to ``out``, atomically."""
    target = Path(out)
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name such as answers.csv.")
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist; nothing was written.")
    with db.session_factory.begin() as session:
        if product is not None and session.scalar(
                select(Product.id).where(Product.name == product)) is None:
            raise NotFound(f"There is no product named '{product}'.")
        rows = questionnaires_csv.export_rows(session.connection(), product)
    write_atomically(target, results_csv.write_rows(rows, questionnaires_csv.COLUMNS))
    return ExportResult(str(target), len(rows))
