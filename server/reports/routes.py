"""GET /api/reports/downloads/{id}?user=…&expires=…&signature=… — a stored rendition behind a signed link;
GET /api/share/{token} — the public page of a share link."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from server.errors import NotFound
from server.reports.artifacts import artifact_for_download, download_name
from server.reports.formats import FORMATS, html
from server.reports.sharing import share_page
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


async def shared_report(request: Request) -> Response:
    """GET /api/share/{token}: the public HTML page of a live share link, under the page's own CSP."""
    headers = {
        "content-security-policy": html.PAGE_CSP,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "x-robots-tag": "noindex, nofollow",
        "cache-control": "no-store",
    }
    try:
        page = await share_page(request.path_params["token"])
    except NotFound:
        return HTMLResponse(NOT_FOUND_PAGE, status_code=404, headers=headers)
    return Response(page, media_type="text/html; charset=utf-8", headers=headers)


NOT_FOUND_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link not found</title></head>'
    "<body><h1>This link does not exist, has expired or was revoked.</h1></body></html>"
)
