"""scored problems: a submission's score, maximum and per-group results, and each test's group

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("score", sa.Float(), nullable=True))
        batch.add_column(sa.Column("max_score", sa.Float(), nullable=True))
        batch.add_column(sa.Column("groups", sa.Text(), nullable=True))
    with op.batch_alter_table("submission_tests") as batch:
        batch.add_column(sa.Column("group", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submission_tests") as batch:
        batch.drop_column("group")
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("groups")
        batch.drop_column("max_score")
        batch.drop_column("score")
