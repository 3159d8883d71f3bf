"""The store: SQLAlchemy models, engine and session setup, migrations, plan defaults."""
