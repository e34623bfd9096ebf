"""Initial schema: the whole domain of DESIGN.md.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 20:01:21.812505
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('centres',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.CheckConstraint('length(code) = 3', name=op.f('ck_centres_code_three_letters')),
    sa.CheckConstraint('length(country) = 2', name=op.f('ck_centres_country_iso2')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_centres')),
    sa.UniqueConstraint('code', name=op.f('uq_centres_code'))
    )
    op.create_table('opening_hours',
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.SmallInteger(), nullable=False),
    sa.Column('opens', sa.Time(), nullable=False),
    sa.Column('closes', sa.Time(), nullable=False),
    sa.CheckConstraint('opens < closes', name=op.f('ck_opening_hours_opens_before_closes')),
    sa.CheckConstraint('weekday BETWEEN 0 AND 6', name=op.f('ck_opening_hours_weekday_range')),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_opening_hours_centre_id_centres'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('centre_id', 'weekday', name=op.f('pk_opening_hours'))
    )
    op.create_table('participants',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('age_band', sa.Enum('18-24', '25-34', '35-44', '45-54', '55-64', '65+', name='age_band', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('segment', sa.Enum('consumer', 'youth', 'family', 'senior', 'small_business', 'enterprise', name='segment', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('digital_skill', sa.Enum('low', 'medium', 'high', name='digital_skill', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('existing_customer', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_version', sa.String(length=32), nullable=True),
    sa.Column('consent_audio', sa.Boolean(), nullable=False),
    sa.Column('consent_video', sa.Boolean(), nullable=False),
    sa.Column('consent_screen', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_participants_centre_id_centres'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants')),
    sa.UniqueConstraint('code', name=op.f('uq_participants_code'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_centre_id'), ['centre_id'], unique=False)

    op.create_table('rooms',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.Enum('usability_lab', 'living_room_lab', 'remote', name='room_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_rooms_centre_id_centres'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms')),
    sa.UniqueConstraint('centre_id', 'name', name=op.f('uq_rooms_centre_id_name')),
    sa.UniqueConstraint('id', 'centre_id', name=op.f('uq_rooms_id_centre_id'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('home_centre_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['home_centre_id'], ['centres.id'], name=op.f('fk_staff_home_centre_id_centres'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('email', name=op.f('uq_staff_email'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_home_centre_id'), ['home_centre_id'], unique=False)

    op.create_table('participant_contacts',
    sa.Column('participant_id', sa.Uuid(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_participant_contacts_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('participant_id', name=op.f('pk_participant_contacts'))
    )
    op.create_table('products',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['staff.id'], name=op.f('fk_products_owner_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('name', name=op.f('uq_products_name'))
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_owner_id'), ['owner_id'], unique=False)

    op.create_table('staff_roles',
    sa.Column('staff_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('facilitator', 'designer', 'product_owner', 'admin', name='role', native_enum=False, create_constraint=True), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_roles_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('staff_id', 'role', name=op.f('pk_staff_roles'))
    )
    op.create_table('stages',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.Column('kind', sa.Enum('concept', 'prototype', 'alpha', 'beta', 'pre_launch', 'post_launch', name='stage_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.CheckConstraint('position >= 0', name=op.f('ck_stages_position_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_stages_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stages')),
    sa.UniqueConstraint('product_id', 'name', name=op.f('uq_stages_product_id_name')),
    sa.UniqueConstraint('product_id', 'position', name=op.f('uq_stages_product_id_position'))
    )
    op.create_table('findings',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('task_key', sa.String(length=64), nullable=True),
    sa.Column('first_stage_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('severity', sa.SmallInteger(), nullable=False),
    sa.Column('affected', sa.Integer(), nullable=False),
    sa.Column('observed', sa.Integer(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('affected >= 0 AND affected <= observed', name=op.f('ck_findings_affected_of_observed')),
    sa.CheckConstraint('severity BETWEEN 1 AND 4', name=op.f('ck_findings_severity_1_to_4')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_findings_created_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['first_stage_id'], ['stages.id'], name=op.f('fk_findings_first_stage_id_stages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_findings_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_findings_product_id'), ['product_id'], unique=False)

    op.create_table('studies',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('stage_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('method', sa.Enum('moderated_lab', 'remote', 'at_home', name='study_method', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'planned', 'running', 'closed', 'cancelled', name='study_status', native_enum=False, create_constraint=True), nullable=False),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_studies_dates_in_order')),
    sa.ForeignKeyConstraint(['stage_id'], ['stages.id'], name=op.f('fk_studies_stage_id_stages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_studies'))
    )
    with op.batch_alter_table('studies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_studies_stage_id'), ['stage_id'], unique=False)

    op.create_table('finding_stage_status',
    sa.Column('finding_id', sa.Uuid(), nullable=False),
    sa.Column('stage_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('open', 'fixed', 'verified_fixed', 'came_back', 'wont_fix', name='finding_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_finding_stage_status_finding_id_findings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['stages.id'], name=op.f('fk_finding_stage_status_stage_id_stages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('finding_id', 'stage_id', name=op.f('pk_finding_stage_status'))
    )
    op.create_table('sessions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('study_id', sa.Uuid(), nullable=False),
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('room_id', sa.Uuid(), nullable=True),
    sa.Column('facilitator_id', sa.Uuid(), nullable=True),
    sa.Column('participant_id', sa.Uuid(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('planned_minutes', sa.SmallInteger(), nullable=False),
    sa.Column('status', sa.Enum('scheduled', 'checked_in', 'running', 'completed', 'no_show', 'cancelled', name='session_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('device_kind', sa.Enum('smartphone', 'tablet', 'laptop', 'desktop', 'tv', 'set_top_box', 'router', 'smart_speaker', 'wearable', name='device_kind', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('device_model', sa.String(length=120), nullable=True),
    sa.Column('device_os', sa.String(length=60), nullable=True),
    sa.Column('network', sa.Enum('wifi', '3g', '4g', '5g', 'fibre', 'dsl', 'ethernet', 'offline', name='network', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('setting', sa.Enum('lab', 'living_room_lab', 'home', 'street', name='setting', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('consent_confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('checked_in_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('open_on', sa.String(length=200), nullable=True),
    sa.Column('open_heartbeat_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('planned_minutes > 0', name=op.f('ck_sessions_planned_minutes_positive')),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_sessions_centre_id_centres'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['facilitator_id'], ['staff.id'], name=op.f('fk_sessions_facilitator_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_sessions_participant_id_participants'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['room_id', 'centre_id'], ['rooms.id', 'rooms.centre_id'], name='fk_sessions_room_in_centre'),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_sessions_study_id_studies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index('ix_sessions_centre_id_starts_at', ['centre_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sessions_facilitator_id'), ['facilitator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sessions_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sessions_study_id'), ['study_id'], unique=False)

    op.create_table('study_centres',
    sa.Column('study_id', sa.Uuid(), nullable=False),
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('planned_sample', sa.Integer(), nullable=False),
    sa.CheckConstraint('planned_sample > 0', name=op.f('ck_study_centres_planned_sample_positive')),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_study_centres_centre_id_centres'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_study_centres_study_id_studies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('study_id', 'centre_id', name=op.f('pk_study_centres'))
    )
    op.create_table('tasks',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('study_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('scenario', sa.Text(), nullable=False),
    sa.Column('success_criteria', sa.Text(), nullable=False),
    sa.Column('target_seconds', sa.Float(), nullable=True),
    sa.CheckConstraint('length(key) > 0', name=op.f('ck_tasks_key_not_empty')),
    sa.CheckConstraint('position >= 0', name=op.f('ck_tasks_position_not_negative')),
    sa.CheckConstraint('target_seconds IS NULL OR target_seconds > 0', name=op.f('ck_tasks_target_positive')),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_tasks_study_id_studies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks')),
    sa.UniqueConstraint('study_id', 'key', name=op.f('uq_tasks_study_id_key')),
    sa.UniqueConstraint('study_id', 'position', name=op.f('uq_tasks_study_id_position'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_key'), ['key'], unique=False)

    op.create_table('observations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('task_id', sa.Uuid(), nullable=True),
    sa.Column('elapsed_seconds', sa.Float(), nullable=False),
    sa.Column('noted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint('elapsed_seconds >= 0', name=op.f('ck_observations_elapsed_not_negative')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'], name=op.f('fk_observations_recorded_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_observations_session_id_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_observations_task_id_tasks'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observations'))
    )
    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observations_session_id'), ['session_id'], unique=False)

    op.create_table('questionnaires',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('sus_1', sa.SmallInteger(), nullable=True),
    sa.Column('sus_2', sa.SmallInteger(), nullable=True),
    sa.Column('sus_3', sa.SmallInteger(), nullable=True),
    sa.Column('sus_4', sa.SmallInteger(), nullable=True),
    sa.Column('sus_5', sa.SmallInteger(), nullable=True),
    sa.Column('sus_6', sa.SmallInteger(), nullable=True),
    sa.Column('sus_7', sa.SmallInteger(), nullable=True),
    sa.Column('sus_8', sa.SmallInteger(), nullable=True),
    sa.Column('sus_9', sa.SmallInteger(), nullable=True),
    sa.Column('sus_10', sa.SmallInteger(), nullable=True),
    sa.Column('recommend', sa.SmallInteger(), nullable=True),
    sa.Column('satisfaction', sa.SmallInteger(), nullable=True),
    sa.Column('comments', sa.Text(), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('recommend IS NULL OR recommend BETWEEN 0 AND 10', name=op.f('ck_questionnaires_recommend_0_to_10')),
    sa.CheckConstraint('satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5', name=op.f('ck_questionnaires_satisfaction_1_to_5')),
    sa.CheckConstraint('sus_1 IS NULL OR sus_1 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_1_1_to_5')),
    sa.CheckConstraint('sus_10 IS NULL OR sus_10 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_10_1_to_5')),
    sa.CheckConstraint('sus_2 IS NULL OR sus_2 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_2_1_to_5')),
    sa.CheckConstraint('sus_3 IS NULL OR sus_3 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_3_1_to_5')),
    sa.CheckConstraint('sus_4 IS NULL OR sus_4 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_4_1_to_5')),
    sa.CheckConstraint('sus_5 IS NULL OR sus_5 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_5_1_to_5')),
    sa.CheckConstraint('sus_6 IS NULL OR sus_6 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_6_1_to_5')),
    sa.CheckConstraint('sus_7 IS NULL OR sus_7 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_7_1_to_5')),
    sa.CheckConstraint('sus_8 IS NULL OR sus_8 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_8_1_to_5')),
    sa.CheckConstraint('sus_9 IS NULL OR sus_9 BETWEEN 1 AND 5', name=op.f('ck_questionnaires_sus_9_1_to_5')),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_questionnaires_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', name=op.f('pk_questionnaires'))
    )
    op.create_table('task_attempts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('task_id', sa.Uuid(), nullable=False),
    sa.Column('outcome', sa.Enum('success', 'success_assisted', 'failure', 'gave_up', 'false_completion', 'skipped', name='outcome', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('seconds', sa.Float(), nullable=True),
    sa.Column('rating', sa.SmallInteger(), nullable=True),
    sa.Column('errors', sa.Integer(), nullable=False),
    sa.Column('assists', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('assists >= 0', name=op.f('ck_task_attempts_assists_not_negative')),
    sa.CheckConstraint('errors >= 0', name=op.f('ck_task_attempts_errors_not_negative')),
    sa.CheckConstraint('rating IS NULL OR rating BETWEEN 1 AND 7', name=op.f('ck_task_attempts_rating_1_to_7')),
    sa.CheckConstraint('seconds IS NULL OR seconds > 0', name=op.f('ck_task_attempts_seconds_positive')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'], name=op.f('fk_task_attempts_recorded_by_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_task_attempts_session_id_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_attempts_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_attempts')),
    sa.UniqueConstraint('session_id', 'task_id', name=op.f('uq_task_attempts_session_id_task_id'))
    )
    with op.batch_alter_table('task_attempts', schema=None) as batch_op:
        batch_op.create_index('ix_task_attempts_task_id_outcome', ['task_id', 'outcome'], unique=False)

    op.create_table('attempt_revisions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('attempt_id', sa.Uuid(), nullable=False),
    sa.Column('changed_by_id', sa.Uuid(), nullable=True),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('previous', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['attempt_id'], ['task_attempts.id'], name=op.f('fk_attempt_revisions_attempt_id_task_attempts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['changed_by_id'], ['staff.id'], name=op.f('fk_attempt_revisions_changed_by_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attempt_revisions'))
    )
    with op.batch_alter_table('attempt_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attempt_revisions_attempt_id'), ['attempt_id'], unique=False)

    op.create_table('finding_evidence',
    sa.Column('finding_id', sa.Uuid(), nullable=False),
    sa.Column('observation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_finding_evidence_finding_id_findings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['observation_id'], ['observations.id'], name=op.f('fk_finding_evidence_observation_id_observations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('finding_id', 'observation_id', name=op.f('pk_finding_evidence'))
    )


def downgrade() -> None:
    op.drop_table('finding_evidence')
    with op.batch_alter_table('attempt_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attempt_revisions_attempt_id'))

    op.drop_table('attempt_revisions')
    with op.batch_alter_table('task_attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_task_attempts_task_id_outcome')

    op.drop_table('task_attempts')
    op.drop_table('questionnaires')
    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observations_session_id'))

    op.drop_table('observations')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasks_key'))

    op.drop_table('tasks')
    op.drop_table('study_centres')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessions_study_id'))
        batch_op.drop_index(batch_op.f('ix_sessions_participant_id'))
        batch_op.drop_index(batch_op.f('ix_sessions_facilitator_id'))
        batch_op.drop_index('ix_sessions_centre_id_starts_at')

    op.drop_table('sessions')
    op.drop_table('finding_stage_status')
    with op.batch_alter_table('studies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_studies_stage_id'))

    op.drop_table('studies')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_product_id'))

    op.drop_table('findings')
    op.drop_table('stages')
    op.drop_table('staff_roles')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_owner_id'))

    op.drop_table('products')
    op.drop_table('participant_contacts')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_home_centre_id'))

    op.drop_table('staff')
    op.drop_table('rooms')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_centre_id'))

    op.drop_table('participants')
    op.drop_table('opening_hours')
    op.drop_table('centres')
