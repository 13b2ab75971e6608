"""The encrypted store: SQLCipher under SQLAlchemy, migrated by Alembic."""
