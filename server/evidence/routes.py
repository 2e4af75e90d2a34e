"""GET /api/evidence/{id}?expires=…&signature=… — the bytes behind a signed download URL."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from server.errors import NotFound
from server.evidence.service import evidence_for_download
from server.storage import ObjectNotFound


async def download_evidence(request: Request) -> Response:
    state = request.app.state
    try:
        evidence = await evidence_for_download(
            state.settings,
            request.path_params["evidence_id"],
            request.query_params.get("expires", ""),
            request.query_params.get("signature", ""),
        )
        data = await state.storage.get(evidence.object_key)
    except (NotFound, ObjectNotFound):
        return PlainTextResponse("Not found or link expired.", status_code=404)
    name = quote(evidence.original_name, safe="")
    return Response(
        data,
        media_type=evidence.content_type,
        headers={
            # Always a download, never rendered in our origin: uploaded HTML/SVG cannot script the app.
            "content-disposition": f"attachment; filename*=UTF-8''{name}",
            "x-content-type-options": "nosniff",
            "cache-control": "private, max-age=60",
            "content-security-policy": "default-src 'none'; sandbox",
        },
    )
