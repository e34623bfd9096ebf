"""Scheduling: sessions booked outside opening hours are recorded, rooms' sessions indexed,
and contact erasures logged (without the erased data).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 13:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('sessions', sa.Column('outside_hours', sa.Boolean(),
                                        server_default=sa.false(), nullable=False))
    op.create_index('ix_sessions_room_id_starts_at', 'sessions', ['room_id', 'starts_at'])
    op.create_table(
        'contact_erasures',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('participant_id', sa.Uuid(), nullable=False),
        sa.Column('erased_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['participant_id'], ['participants.id'],
                                name=op.f('fk_contact_erasures_participant_id_participants'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_erasures')),
    )
    op.create_index(op.f('ix_contact_erasures_participant_id'), 'contact_erasures',
                    ['participant_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_contact_erasures_participant_id'), table_name='contact_erasures')
    op.drop_table('contact_erasures')
    op.drop_index('ix_sessions_room_id_starts_at', table_name='sessions')
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy of sessions would cascade-delete attempts.
    op.execute('ALTER TABLE sessions DROP COLUMN outside_hours')
