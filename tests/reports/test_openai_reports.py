"""A report written by the `openai` provider (a local Chat Completions server) through a real worker: what
the model invents is flagged by the fabrication check, and the user's confidential terms never leave."""

from __future__ import annotations

import pytest

from server.jobs.models import JobEvent
from tests.factories import token_for
from tests.jobs.conftest import wait_for_status
from tests.llm.chat_server import ChatServer, Reply, answer, entries_of
from tests.profiles.queries import CREATE as CREATE_POSITION
from tests.reports.queries import GENERATE, REPORT, SET_TERMS, generate, statements_of
from tests.reports.test_report_jobs import writer_with_log

INVENTED = ", cutting cloud spend by 73% with Kubernetes"
TERMS = ["Globex", "refunds"]


def inventing_model(body: dict) -> str:
    """Honest for every entry but the first, to whose line it adds a figure and a skill of its own."""
    statements = [(e["text"] + (INVENTED if n == 0 else ""), [e["id"]]) for n, e in enumerate(entries_of(body))]
    return answer([("Highlights", statements)])


@pytest.fixture
def chat():
    with ChatServer(Reply(inventing_model)) as server:
        yield server


async def test_invented_figure_and_skill_are_flagged_and_confidential_terms_never_leave(gql, launch_worker, chat):
    worker = launch_worker(
        LLM_PROVIDER="openai", LLM_BASE_URL=chat.base_url, LLM_API_KEY="sk-test", LLM_MODEL="gpt-4o-mini"
    )
    user, _tenant, _entries = await writer_with_log()
    token = await token_for(user)
    assert (await gql.ok(SET_TERMS, {"terms": TERMS}, token=token))["setConfidentialTerms"]["errors"] == []
    # A position whose employer and title hold the terms: a resume's prompt lists positions, redacted too.
    position = {"employer": "Globex", "title": "Refunds lead", "start": "2026-10-01", "end": None}
    assert (await gql.ok(CREATE_POSITION, {"input": position}, token=token))["createPosition"]["errors"] == []
    await worker.ready()

    for kind in ("MONTHLY", "RESUME_BULLETS"):  # one worker: its start (the SDK's import) is the slow part
        sent = len(chat.bodies)
        made = (await gql.ok(GENERATE, generate(kind, "2026-10-01", "2026-10-31"), token=token))["generateReport"]
        job = await wait_for_status(made["job"]["id"], "success", "failed", "cancelled", worker=worker)
        assert job.status == "success", (kind, job.error_code, job.error_message, worker.log())

        report = (await gql.ok(REPORT, {"id": made["report"]["id"]}, token=token))["report"]
        statements = statements_of(report)
        invented = [st for st in statements if INVENTED in st["text"]]
        assert len(invented) == 1, kind
        assert invented[0]["check"]["status"] == "FLAGGED"
        assert {"73%", "Kubernetes"} <= set(invented[0]["check"]["unsupported"])
        honest = [st for st in statements if INVENTED not in st["text"]]
        assert honest and all(st["check"] == {"status": "PASSED", "unsupported": []} for st in honest)
        assert report["verification"] == {"statements": len(statements), "flagged": 1}

        # The terms came back in the user's spelling, but no request body carried them.
        text = " ".join(st["text"] for st in statements) + " ".join(s["heading"] for s in report["sections"])
        assert "refunds" in text
        bodies = chat.bodies[sent:]
        assert bodies and "[CLIENT-" in bodies[0]
        for body in bodies:
            for term in TERMS:
                assert term.casefold() not in body.casefold()
        if kind == "RESUME_BULLETS":
            assert "Positions held" in bodies[0] and "[CLIENT-2] lead" in bodies[0]

        checked = await JobEvent.get(job_id=job.id, type="CHECKED")
        assert checked.data == {"statements": len(statements), "flagged": 1, "redactedTerms": 2}
        for event in await JobEvent.filter(job_id=job.id):  # how many terms, never which
            for term in TERMS:
                assert term.casefold() not in (event.message + str(event.data)).casefold()
