"""Storage: the schema, where databases live, and how they are opened and upgraded."""

from commission.storage.db import Database, default_database, open_database

__all__ = ["Database", "default_database", "open_database"]
