"""Storage: SQLAlchemy tables, Alembic migrations, one repository per concern behind `Store`."""

from storage.db import MIGRATIONS, alembic_config
from storage.models import (
    AuditEntry,
    CallSummary,
    InvalidOverride,
    Publication,
    RecordMismatch,
    Review,
    RosterChange,
    ScenarioDraft,
    ScoredCall,
    ScoredCallSummary,
    StoredCall,
    StoredReport,
    UnknownCall,
    UnknownTrainee,
    record_digest,
)
from storage.store import Store
from storage.tables import APPEND_ONLY_TABLES, Base

__all__ = [
    "APPEND_ONLY_TABLES",
    "MIGRATIONS",
    "AuditEntry",
    "Base",
    "CallSummary",
    "InvalidOverride",
    "Publication",
    "RecordMismatch",
    "Review",
    "RosterChange",
    "ScenarioDraft",
    "ScoredCall",
    "ScoredCallSummary",
    "Store",
    "StoredCall",
    "StoredReport",
    "UnknownCall",
    "UnknownTrainee",
    "alembic_config",
    "record_digest",
]
