"""Archive, retention and legal hold (issue 20) — released empty

A reserved placeholder, shipped as a no-op in the release whose head was 0011: a database of that release is
stamped 0011 without any of this. What was planned here is in 0013, which adds whatever is missing.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""
revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
