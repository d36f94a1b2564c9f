"""timed mock interviews, and the interview a submission counts for

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "interviews",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("user_id", BigId, nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("difficulty", sa.String(length=10), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_interviews_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    op.create_index("ix_interviews_user_id_id", "interviews", ["user_id", "id"])
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("interview_id", BigId, nullable=True))
        batch.create_foreign_key(
            op.f("fk_submissions_interview_id_interviews"), "interviews", ["interview_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index("ix_submissions_interview_id", ["interview_id"])


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.drop_index("ix_submissions_interview_id")
        batch.drop_constraint(op.f("fk_submissions_interview_id_interviews"), type_="foreignkey")
        batch.drop_column("interview_id")
    op.drop_index("ix_interviews_user_id_id", table_name="interviews")
    op.drop_table("interviews")
