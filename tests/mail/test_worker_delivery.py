"""End to end: the API commits and nudges, a real worker process delivers over SMTP, the link resets the password."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from server.mail.models import OutgoingMail
from server.mail.service import nudge
from tests.factories import create_user
from tests.mail.smtp import body_of, link_in

ROOT = Path(__file__).resolve().parents[2]
REQUEST = "mutation($email: String!) { requestPasswordReset(email: $email) { ok errors { code } } }"
RESET = """mutation($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { errors { code } }
}"""


async def _until(predicate, what: str):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if value := await predicate():
            return value
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


async def test_a_worker_delivers_after_smtp_comes_back_and_the_emailed_link_resets_the_password(
    app, gql, settings, smtp, tmp_path
):
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "SECRET_KEY": settings.secret_key.get_secret_value(),
        "DATA_DIR": str(tmp_path),
        "ENVIRONMENT": "test",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "SMTP_TLS": "none",
        "PYTHONPATH": str(ROOT),
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "-m", "workers.main", "worker"], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT
    )
    try:
        user = await create_user()
        body = await gql.ok(REQUEST, {"email": user.email})
        # Answered while the SMTP server is down: the request never waits for mail.
        assert body["requestPasswordReset"] == {"ok": True, "errors": []}

        async def attempted():
            mail = await OutgoingMail.get(to_address=user.email)
            return mail if mail.attempts >= 1 and mail.last_error else None

        failed = await _until(attempted, "the worker's first attempt against the stopped SMTP server")
        assert failed.status == "pending"  # kept for a retry, not lost

        smtp.start()
        await OutgoingMail.filter(id=failed.id).update(next_attempt_at=datetime.now(UTC))  # its backoff has passed
        await nudge(settings, [failed])  # as the minute sweep would

        async def delivered():
            return smtp.inbox.messages if (await OutgoingMail.get(id=failed.id)).status == "sent" else None

        [message] = await _until(delivered, "delivery once SMTP is back")
        token = link_in(body_of(message), "/reset-password")[1]
        reset = await gql.ok(RESET, {"token": token, "password": "found-my-way-back-99"})
        assert reset["resetPassword"]["errors"] == []
        await asyncio.sleep(0.5)
        assert len(smtp.inbox.messages) == 1  # delivered once
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()
