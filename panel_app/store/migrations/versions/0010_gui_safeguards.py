"""GUI safeguards and scoring deadline (issue 18) — released empty

A reserved placeholder, shipped as a no-op in the release whose head was 0011: a database of that release is
stamped 0011 without any of this. What was planned here is in 0013, which adds whatever is missing.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""
revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
