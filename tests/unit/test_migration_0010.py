"""Migration 0010 (revision tables, observations' version) keeps every observation both ways."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from testlab.db.database import Database
from testlab.db.migrate import alembic_config, current_revision
from testlab.model import Base
from testlab.services import sessions as svc
from testlab.services.recording.notes import add_observation
from testlab.services.recording.observation_corrections import edit_observation
from tests.unit.test_recording_world import build_lab


def test_down_to_0009_and_up_again_keeps_the_observations(db: Database) -> None:
    from alembic import command

    lab = build_lab(db)
    svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    note = add_observation(db, lab.session_id, elapsed_seconds=5.0, text="Før", tags=["a"],
                           task_id=None, by=lab.staff_id)
    edit_observation(db, note.id, by=lab.staff_id, reason="typo", text="Efter")
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0009")
        assert current_revision(connection) == "0009"
        tables = set(inspect(connection).get_table_names())
        assert not {"observation_revisions", "questionnaire_revisions"} & tables
        columns = {c["name"] for c in inspect(connection).get_columns("observations")}
        assert "version" not in columns
        assert connection.execute(text("SELECT text FROM observations")).scalars().all() == [
            "Efter"]
    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        assert connection.execute(text("SELECT text, version FROM observations")).all() == [
            ("Efter", 1)]
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
