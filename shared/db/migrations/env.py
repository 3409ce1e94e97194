"""Alembic environment: runs on the engine handed over by shared.db.upgrade."""

from alembic import context
from sqlalchemy import create_engine

from shared.db.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    # Plain `alembic` invocations (revision --autogenerate) pass a URL instead.
    engine = create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
