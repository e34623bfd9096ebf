"""Corrections of questionnaire answers and observations keep what they replaced.

Answers and observations could be corrected nowhere; now they can, after the
session too, each correction keeping the previous values, who made it, when and
why (``questionnaire_revisions``, ``observation_revisions``: the counterparts of
``attempt_revisions``).  An observation's revisions name it without a foreign
key, so the record of a deletion outlives the observation.  Observations get a
row ``version``, checked on every update and delete, so two corrections at once
cannot both win.  New tables and a plain ``ADD COLUMN`` with a constant default:
no table is copied on SQLite.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 14:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _revision_columns() -> list[sa.schema.SchemaItem]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('session_id', sa.Uuid(), nullable=False),
        sa.Column('changed_by_id', sa.Uuid(), nullable=True),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('previous', sa.JSON(), nullable=False),
    ]


def upgrade() -> None:
    for table in ('questionnaire_revisions', 'observation_revisions'):
        extra: list[sa.schema.SchemaItem] = (
            [sa.Column('observation_id', sa.Uuid(), nullable=False),
             sa.Column('action', sa.String(length=10), nullable=False)]
            if table == 'observation_revisions' else [])
        op.create_table(
            table, *_revision_columns(), *extra,
            sa.ForeignKeyConstraint(['changed_by_id'], ['staff.id'],
                                    name=op.f(f'fk_{table}_changed_by_id_staff'),
                                    ondelete='SET NULL'),
            sa.ForeignKeyConstraint(['session_id'], ['sessions.id'],
                                    name=op.f(f'fk_{table}_session_id_sessions'),
                                    ondelete='CASCADE'),
            sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
        )
        op.create_index(op.f(f'ix_{table}_session_id'), table, ['session_id'], unique=False)
    op.create_index(op.f('ix_observation_revisions_observation_id'), 'observation_revisions',
                    ['observation_id'], unique=False)
    op.add_column('observations', sa.Column('version', sa.Integer(), nullable=False,
                                            server_default=sa.text('1')))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy of observations would drop the old
    # table and cascade-delete the findings' evidence.
    op.execute('ALTER TABLE observations DROP COLUMN version')
    op.drop_table('observation_revisions')
    op.drop_table('questionnaire_revisions')
