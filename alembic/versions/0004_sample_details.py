"""what a sample test saw (input, expected and actual output, stderr's end) and how many tests a
submission had, so a failure on a public sample can show everything and one on a hidden test
can say "passed k of N"

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("tests_total", sa.Integer(), nullable=True))
    with op.batch_alter_table("submission_tests") as batch:
        batch.add_column(sa.Column("details", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submission_tests") as batch:
        batch.drop_column("details")
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("tests_total")
