"""Sign-in hardening and offline returns (issue 14): a per-member sign-in guard (wrong passwords in a row,
paused until), the must-change-password flag, exported packages with the state each assessment was built
from, and merged return files (each merged once).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.create_table(
        "signin_guard",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("paused_until", sa.DateTime(), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("member_id"),
    )
    op.create_table(
        "offline_package",
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("exported_by", sa.String(length=200), nullable=False),
        sa.Column("bases", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["procedure_id"], ["procedure.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("package_id"),
    )
    op.create_index("ix_offline_package_procedure_id", "offline_package", ["procedure_id"])
    op.create_index("ix_offline_package_member_id", "offline_package", ["member_id"])
    op.create_table(
        "package_return",
        sa.Column("return_id", sa.String(length=64), nullable=False),
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=True),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(length=200), nullable=False),
        sa.Column("merged", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["offline_package.package_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["procedure_id"], ["procedure.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("return_id"),
    )
    op.create_index("ix_package_return_package_id", "package_return", ["package_id"])
    op.create_index("ix_package_return_procedure_id", "package_return", ["procedure_id"])
    op.create_index("ix_package_return_member_id", "package_return", ["member_id"])


def downgrade() -> None:
    op.drop_table("package_return")
    op.drop_table("offline_package")
    op.drop_table("signin_guard")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("must_change_password")
