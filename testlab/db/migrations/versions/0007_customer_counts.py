"""Customer numbers per country and customer segment, the weights of the operator's NPS.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 11:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('customer_counts',
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('segment', sa.Enum('consumer', 'youth', 'family', 'senior', 'small_business', 'enterprise', name='segment', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('customers', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('customers >= 0', name=op.f('ck_customer_counts_customers_not_negative')),
    sa.CheckConstraint('length(country) = 2', name=op.f('ck_customer_counts_country_iso2')),
    sa.PrimaryKeyConstraint('country', 'segment', name=op.f('pk_customer_counts'))
    )


def downgrade() -> None:
    op.drop_table('customer_counts')
