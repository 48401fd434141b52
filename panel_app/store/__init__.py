"""The only package that imports SQLAlchemy/alembic: tables, engine, migrations, queries, unit of work."""

from .engine import Database, DatabaseError, open_database, resolve_url
from .uow import read_only, unit_of_work

__all__ = ["Database", "DatabaseError", "open_database", "resolve_url", "read_only", "unit_of_work"]
