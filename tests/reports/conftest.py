"""The reports tests run jobs through real worker processes, as the jobs tests do."""

from tests.jobs.conftest import launch_worker, runtime, start_worker

__all__ = ["launch_worker", "runtime", "start_worker"]
