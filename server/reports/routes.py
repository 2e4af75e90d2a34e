"""GET /api/reports/downloads/{id}?user=…&expires=…&signature=… — a stored rendition behind a signed link."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from server.errors import NotFound
from server.reports.artifacts import artifact_for_download, download_name
from server.reports.formats import FORMATS
from server.storage import ObjectNotFound


async def download_report(request: Request) -> Response:
    state = request.app.state
    q = request.query_params
    try:
        artifact, report = await artifact_for_download(
            state.settings,
            request.path_params["artifact_id"],
            q.get("user", ""),
            q.get("expires", ""),
            q.get("signature", ""),
        )
        data = await state.storage.get(artifact.object_key)
    except (NotFound, ObjectNotFound):
        return PlainTextResponse("Not found or link expired.", status_code=404)
    name = quote(download_name(report, artifact), safe="")
    return Response(
        data,
        media_type=FORMATS[artifact.format].content_type,
        headers={
            "content-disposition": f"attachment; filename*=UTF-8''{name}",
            "x-content-type-options": "nosniff",
            "cache-control": "private, max-age=60",
            "content-security-policy": "default-src 'none'; sandbox",
        },
    )
