"""The live tests start worker processes as the jobs tests do."""

from tests.jobs.conftest import start_worker

__all__ = ["start_worker"]
