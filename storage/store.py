"""The store: one facade over the repositories, one per concern, sharing one database.

Results are append-only and auditable: a call record is stored whole (JSON) with the scenario id,
version and digest it was played with; each report stores the scenario terms it was scored against.
A re-score adds a report (the latest one counts), a trainer's override adds a row saying who, when
and why, and the database itself refuses UPDATE and DELETE on those tables. Each public write is one
transaction: a process killed in the middle leaves either all of that write or none of it.
"""

from __future__ import annotations

from sqlalchemy import Engine

from core.settings import settings
from storage.accounts import AccountRepository
from storage.audit import AuditRepository
from storage.db import open_engine
from storage.library import LibraryRepository
from storage.preferences import PreferenceRepository
from storage.results import ResultRepository
from storage.reviews import ReviewRepository
from storage.trainees import TraineeRepository


class Store:
    """`Store.open()` connects and migrates; `store.results`, `store.accounts`… do the work."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.trainees = TraineeRepository(engine)
        self.results = ResultRepository(engine)
        self.accounts = AccountRepository(engine)
        self.audit = AuditRepository(engine)
        self.preferences = PreferenceRepository(engine)
        self.reviews = ReviewRepository(engine)
        self.library = LibraryRepository(engine)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        return cls(open_engine(url or settings().database))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
