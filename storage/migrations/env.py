"""Alembic environment for CallDrill's results database.

There is no alembic.ini: `storage` configures Alembic in code and hands over an open
connection (`Store.open()` upgrades to the newest revision inside one transaction).
"""

from __future__ import annotations

from alembic import context

from storage import Base

config = context.config
connection = config.attributes.get("connection")

if context.is_offline_mode():
    # `alembic upgrade --sql`: print the DDL for a DBA instead of running it.
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or "sqlite://",
        target_metadata=Base.metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
elif connection is None:
    raise RuntimeError(
        "CallDrill migrations run through storage (Store.open() or alembic_config(connection))."
    )
else:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
