"""accounts: users, credentials (API tokens, sessions, sign-in links), quota counters; every
submission gets an author

Before accounts, a submission's user_id was whatever anonymous id the client sent (the editor's
per-browser `anon-…` id in X-Judge-User), or NULL. Each distinct id becomes a user of that name
with `anonymous` set (nobody signs in as it; whoever still holds the id can claim its history,
POST /api/v1/me/claim, which the editor does after sign-in); submissions without an id go to one
such user named `anonymous`, visible to admins.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    users = op.create_table(
        "users",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.create_table(
        "credentials",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("user_id", BigId, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_credentials_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credentials")),
        sa.UniqueConstraint("secret_hash", name=op.f("uq_credentials_secret_hash")),
    )
    op.create_index("ix_credentials_user_id_kind", "credentials", ["user_id", "kind"])
    op.create_table(
        "rate_counters",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_counters")),
    )
    op.create_table(
        "active_runs",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("user_id", BigId, nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_active_runs_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_active_runs")),
    )
    op.create_index("ix_active_runs_user_id_expires_at", "active_runs", ["user_id", "expires_at"])

    # The anonymous ids of existing submissions become users; each submission gets its author.
    connection = op.get_bind()
    now = datetime.now(UTC)
    ids = [row[0] for row in connection.execute(sa.text("SELECT DISTINCT user_id FROM submissions"))]
    names = sorted({anonymous_id if anonymous_id is not None else "anonymous" for anonymous_id in ids})
    if names:
        op.bulk_insert(
            users,
            [
                {"name": name, "password_hash": None, "role": "user", "anonymous": True, "created_at": now}
                for name in names
            ],
        )
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("author_id", BigId, nullable=True))
    connection.execute(
        sa.text(
            "UPDATE submissions SET author_id = "
            "(SELECT users.id FROM users WHERE users.name = COALESCE(submissions.user_id, 'anonymous'))"
        )
    )
    with op.batch_alter_table("submissions") as batch:
        batch.drop_index("ix_submissions_user_id")
        batch.drop_index("ix_submissions_idempotency_key")
        batch.drop_column("user_id")
    with op.batch_alter_table("submissions") as batch:
        batch.alter_column("author_id", new_column_name="user_id", existing_type=BigId, nullable=False)
    with op.batch_alter_table("submissions") as batch:
        batch.create_foreign_key(op.f("fk_submissions_user_id_users"), "users", ["user_id"], ["id"], ondelete="CASCADE")
    op.create_index("ix_submissions_user_id_status", "submissions", ["user_id", "status"])
    op.create_index(
        "ix_submissions_user_id_idempotency_key", "submissions", ["user_id", "idempotency_key"], unique=True
    )


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("anonymous_id", sa.String(length=64), nullable=True))
    op.get_bind().execute(
        sa.text(
            "UPDATE submissions SET anonymous_id = (SELECT users.name FROM users WHERE users.id = submissions.user_id)"
        )
    )
    with op.batch_alter_table("submissions") as batch:
        batch.drop_index("ix_submissions_user_id_idempotency_key")
        batch.drop_index("ix_submissions_user_id_status")
        batch.drop_constraint(op.f("fk_submissions_user_id_users"), type_="foreignkey")
        batch.drop_column("user_id")
    with op.batch_alter_table("submissions") as batch:
        batch.alter_column("anonymous_id", new_column_name="user_id", existing_type=sa.String(length=64))
    op.create_index("ix_submissions_user_id", "submissions", ["user_id"])
    op.create_index("ix_submissions_idempotency_key", "submissions", ["idempotency_key"], unique=True)
    op.drop_index("ix_active_runs_user_id_expires_at", table_name="active_runs")
    op.drop_table("active_runs")
    op.drop_table("rate_counters")
    op.drop_index("ix_credentials_user_id_kind", table_name="credentials")
    op.drop_table("credentials")
    op.drop_table("users")
