"""`GET /metrics`: Prometheus text for this host's API processes (see server.metrics.prometheus)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from server.metrics import prometheus


async def metrics_endpoint(request: Request) -> Response:
    settings = request.app.state.settings
    client = request.client.host if request.client else ""
    if not prometheus.scrape_allowed(settings, client, request.headers.get("authorization", "")):
        return PlainTextResponse("Metrics need the METRICS_TOKEN bearer token.", status_code=403)
    return Response(prometheus.scrape(), media_type=prometheus.CONTENT_TYPE)


routes = [Route("/metrics", metrics_endpoint, methods=["GET"])]
