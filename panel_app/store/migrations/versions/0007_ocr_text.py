"""OCR text layer beside the original (issue 15)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("ocr_text", sa.Text(), nullable=True))
        batch.add_column(sa.Column("ocr_confidence", sa.Float(), nullable=True))
        batch.add_column(sa.Column("ocr_engine", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("ocr_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document") as batch:
        for column in ("ocr_at", "ocr_engine", "ocr_confidence", "ocr_text"):
            batch.drop_column(column)
