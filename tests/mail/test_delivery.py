"""Outgoing mail: queued with the change, delivered by a worker round, retried while SMTP is down, never lost."""

from __future__ import annotations

import logging
import stat
from datetime import UTC, datetime, timedelta

from server.auth.models import PasswordReset
from server.mail.models import OutgoingMail
from server.mail.service import RETRY_FIRST_SECONDS, deliver_due, retry_delay
from server.mail.transport import OutboxTransport, SmtpTransport, transport_for
from tests.factories import create_user
from tests.mail.smtp import body_of, deliver_to_outbox, link_in

REQUEST = "mutation($email: String!) { requestPasswordReset(email: $email) { ok errors { code } } }"


async def _request_reset(gql, email: str) -> OutgoingMail:
    assert (await gql.ok(REQUEST, {"email": email}))["requestPasswordReset"] == {"ok": True, "errors": []}
    return await OutgoingMail.get(to_address=email)


def test_retries_back_off_from_thirty_seconds_to_an_hour():
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert retry_delay(50) == timedelta(hours=1)


def test_the_embedded_default_is_the_outbox_and_smtp_host_switches_to_smtp(settings, tmp_path):
    embedded = transport_for(settings.model_copy(update={"smtp_host": None, "data_dir": tmp_path}))
    assert isinstance(embedded, OutboxTransport) and embedded.directory == tmp_path / "outbox"
    assert isinstance(transport_for(settings.model_copy(update={"smtp_host": "127.0.0.1"})), SmtpTransport)


async def test_the_outbox_keeps_each_message_private_and_logs_its_subject_but_never_its_link(
    app, gql, settings, tmp_path, caplog
):
    user = await create_user()
    queued = await _request_reset(gql, user.email)
    outbox = tmp_path / "outbox"
    with caplog.at_level(logging.INFO, logger="server.mail"):
        [message] = await deliver_to_outbox(settings, outbox)
    assert stat.S_IMODE(outbox.stat().st_mode) == 0o700
    [path] = outbox.glob("*.eml")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and path.name == f"{queued.id}.eml"
    assert message["Subject"] == "Reset your AfterResume password" and message["To"] == user.email
    key, secret = link_in(body_of(message), "/reset-password")
    assert key == "token" and secret.startswith("arr_")
    assert "?" not in body_of(message).split("/reset-password")[1].split()[0]  # the secret is no query parameter
    assert "Reset your AfterResume password" in caplog.text and secret not in caplog.text
    assert (await OutgoingMail.get(id=queued.id)).status == "sent"
    # The database holds only the secret's hash, and the queued message no secret at all.
    reset = await PasswordReset.get(user_id=user.id)
    assert secret not in reset.token_hash and secret not in str(queued.context)
    # A second round sends nothing again: the message is delivered once.
    await deliver_due(settings, OutboxTransport(outbox))
    assert len(list(outbox.glob("*.eml"))) == 1


async def test_an_smtp_server_that_is_down_keeps_the_message_queued_and_it_is_delivered_once_when_it_returns(
    app, gql, smtp, smtp_settings
):
    user = await create_user()
    queued = await _request_reset(gql, user.email)
    assert smtp.inbox.messages == []  # the request returned without contacting SMTP

    before = datetime.now(UTC)
    first = await deliver_due(smtp_settings, transport_for(smtp_settings))  # nothing listens on the port yet
    assert (first.sent, first.retrying) == (0, 1)
    waiting = await OutgoingMail.get(id=queued.id)
    assert waiting.status == "pending" and waiting.attempts == 1 and waiting.last_error
    assert waiting.next_attempt_at >= before + timedelta(seconds=RETRY_FIRST_SECONDS - 1)
    assert (await deliver_due(smtp_settings, transport_for(smtp_settings))).retrying == 0  # not due before its backoff

    smtp.start()
    await OutgoingMail.filter(id=queued.id).update(next_attempt_at=datetime.now(UTC))  # its backoff has passed
    second = await deliver_due(smtp_settings, transport_for(smtp_settings))
    third = await deliver_due(smtp_settings, transport_for(smtp_settings))
    assert (second.sent, third.sent) == (1, 0)
    assert len(smtp.inbox.messages) == 1 and smtp.inbox.recipients == [[user.email]]
    sent = await OutgoingMail.get(id=queued.id)
    assert sent.status == "sent" and sent.attempts == 2 and sent.sent_at is not None and sent.last_error == ""
    assert smtp.inbox.messages[0]["Message-ID"] == sent.message_id
    assert link_in(body_of(smtp.inbox.messages[0]), "/reset-password")[0] == "token"


async def test_a_message_that_never_gets_through_is_marked_failed_and_kept(app, gql, smtp_settings):
    user = await create_user()
    queued = await _request_reset(gql, user.email)
    few = smtp_settings.model_copy(update={"mail_max_attempts": 2})
    await deliver_due(few, transport_for(few))
    await OutgoingMail.filter(id=queued.id).update(next_attempt_at=datetime.now(UTC))
    final = await deliver_due(few, transport_for(few))
    assert final.failed == 1
    kept = await OutgoingMail.get(id=queued.id)
    assert kept.status == "failed" and kept.attempts == 2 and kept.last_error  # why it failed, for the operator


async def test_a_reset_link_that_expired_while_smtp_was_down_is_dropped_not_sent(app, gql, settings, tmp_path):
    user = await create_user()
    queued = await _request_reset(gql, user.email)
    await PasswordReset.filter(user_id=user.id).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    assert await deliver_to_outbox(settings, tmp_path / "outbox") == []
    dropped = await OutgoingMail.get(id=queued.id)
    assert dropped.status == "dropped" and "expired" in dropped.last_error
