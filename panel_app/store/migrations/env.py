"""Alembic environment: uses the engine handed over by panel_app.store.migrate (render_as_batch for SQLite)."""

from alembic import context

from panel_app.store.models import Base

config = context.config
engine = config.attributes.get("engine")


def run() -> None:
    if engine is None:
        from sqlalchemy import create_engine

        connectable = create_engine(config.get_main_option("sqlalchemy.url"))
    else:
        connectable = engine
    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()
