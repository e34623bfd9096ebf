"""TestLab core: domain model, storage, services, statistics and reports (no Qt here)."""

__version__ = "0.1.0"
