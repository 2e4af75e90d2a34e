"""`run`'s process supervisor: keeps the API, worker and scheduler up, stops them all on request.

Each child runs in its own process group (so a dead worker's own children are cleaned up with
it) and is told by the kernel to stop if `run` itself dies. A child that exits is started again
after a delay that doubles with each quick failure (1 s … 30 s) and resets once it has stayed
up for a while; every exit and restart is logged.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType

PR_SET_PDEATHSIG = 1


class StopRequested(Exception):
    """SIGTERM or SIGINT reached `run`."""


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Child:
    name: str
    argv: list[str]
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    restarts: int = 0
    quick_failures: int = 0
    restart_at: float | None = None

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None


@dataclass
class Supervisor:
    children: list[Child]
    env: dict[str, str]
    log: Callable[[str], None] = print
    first_delay: float = 1.0
    max_delay: float = 30.0
    stable_after: float = 60.0
    stop_timeout: float = 10.0
    _stopping: bool = field(default=False, init=False)

    def start(self, child: Child) -> None:
        # The children's argv lists are built by this package, never from input.
        child.process = subprocess.Popen(  # noqa: S603
            child.argv, env=self.env, start_new_session=True, preexec_fn=_die_with_parent
        )
        child.started_at = time.monotonic()
        child.restart_at = None

    def start_all(self) -> None:
        for child in self.children:
            self.start(child)

    def delay_for(self, child: Child) -> float:
        return min(self.first_delay * 2.0 ** max(child.quick_failures - 1, 0), self.max_delay)

    def poll(self) -> None:
        """Notice children that exited, and start again those whose delay has passed."""
        now = time.monotonic()
        for child in self.children:
            if child.process is not None and child.restart_at is None and child.process.poll() is not None:
                code = child.process.returncode
                self._kill_group(child, signal.SIGKILL)  # what the dead child left behind
                child.quick_failures = 1 if now - child.started_at >= self.stable_after else child.quick_failures + 1
                delay = self.delay_for(child)
                child.restart_at = now + delay
                self.log(f"{child.name} (pid {child.pid}) exited with code {code}; restarting in {delay:g} s")
            elif child.restart_at is not None and now >= child.restart_at:
                child.restarts += 1
                self.start(child)
                self.log(f"{child.name} restarted (pid {child.pid}, restart {child.restarts})")

    def _kill_group(self, child: Child, sig: int) -> None:
        if child.process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(child.process.pid, sig)

    def stop(self) -> None:
        """SIGTERM to every child's process group; SIGKILL to what is left after the timeout."""
        self._stopping = True
        for child in self.children:
            if child.process is not None and child.restart_at is None:
                self._kill_group(child, signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout
        for child in self.children:
            if child.process is None:
                continue
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            self._kill_group(child, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.process.wait(timeout=2)

    def run_forever(self, interval: float = 0.2) -> None:
        """Supervise until SIGINT or SIGTERM, then stop every child."""
        try:
            self.start_all()
            while True:
                time.sleep(interval)
                self.poll()
        except (StopRequested, KeyboardInterrupt):
            pass
        finally:
            self.stop()


def raise_on_stop_signals() -> None:
    """Turn the first SIGTERM/SIGINT into StopRequested; ignore repeats while shutting down."""

    def handler(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise StopRequested(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
