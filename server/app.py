"""create_app(settings): the one place that builds the ASGI application."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import gzip
import mimetypes
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute

from server.auth.middleware import AuthMiddleware
from server.auth.ratelimit import RateLimiter
from server.auth.revocation import SocketRegistry
from server.billing.routes import routes as billing_routes
from server.db import close_db, init_db
from server.evidence.routes import download_evidence
from server.graphql.view import build_graphql_view
from server.jobs.queue import build_broker
from server.metrics.middleware import RequestObserverMiddleware
from server.metrics.prometheus import use_directory
from server.metrics.recording import ActivityMarker, RequestAggregates, stop_flushing
from server.metrics.routes import routes as metrics_routes
from server.metrics.service import ServedSnapshots
from server.reports.routes import download_report, shared_report
from server.settings import Settings, get_settings
from server.storage import open_storage
from server.system.cache import create_redis
from server.system.events import EventHub
from server.system.headers import SecurityHeadersMiddleware
from server.system.health import healthz, readyz
from server.system.limits import BodySizeLimitMiddleware
from server.system.logs import configure_logging
from server.system.request_context import RequestContextMiddleware

WEB_DIST = Path(__file__).resolve().parent.parent / "web" / "dist"

_NO_SPA = """<!doctype html><title>AfterResume</title>
<h1>AfterResume API</h1><p>The web app is not built (run <code>make web</code>).
The GraphQL endpoint is <a href="/graphql">/graphql</a>.</p>"""


def _spa_routes() -> list[BaseRoute]:
    """The built SPA: index.html for every client-side path (no-cache), hashed /assets gzip-compressed
    and cached for a year (their names change whenever their content does)."""
    index = WEB_DIST / "index.html"
    if not index.is_file():

        async def no_spa(request: Request) -> Response:
            return HTMLResponse(_NO_SPA)

        return [Route("/", no_spa)]

    compressed: dict[Path, tuple[bytes, bytes]] = {}

    def read(path: Path) -> tuple[bytes, bytes]:
        if path not in compressed:
            raw = path.read_bytes()
            compressed[path] = (raw, gzip.compress(raw, compresslevel=9, mtime=0))
        return compressed[path]

    def send(request: Request, path: Path, cache_control: str) -> Response:
        raw, packed = read(path)
        headers = {"cache-control": cache_control, "vary": "accept-encoding"}
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if "gzip" in request.headers.get("accept-encoding", "") and len(packed) < len(raw):
            return Response(packed, media_type=media_type, headers={**headers, "content-encoding": "gzip"})
        return Response(raw, media_type=media_type, headers=headers)

    async def spa(request: Request) -> Response:
        if request.url.path.startswith(("/api/", "/graphql")):
            return HTMLResponse("Not found", status_code=404)
        return send(request, index, "no-cache")

    assets = (WEB_DIST / "assets").resolve()

    async def asset(request: Request) -> Response:
        path = (assets / request.path_params["name"]).resolve()
        if path.parent != assets or not path.is_file():
            return PlainTextResponse("Not found", status_code=404)
        return send(request, path, "public, max-age=31536000, immutable")

    # Client-side routes (deep links) get the SPA shell too.
    return [Route("/", spa), Route("/assets/{name}", asset), Route("/{path:path}", spa)]


def create_app(settings: Settings) -> Starlette:
    settings.check_production_safety()
    configure_logging(as_json=settings.logs_as_json)  # a no-op under `serve`, whose uvicorn configuration does it
    use_directory(settings, "api")  # before any Prometheus instrument exists in this process
    graphql = build_graphql_view(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await init_db(settings)
        app.state.redis = create_redis(settings)
        app.state.limiter = RateLimiter(app.state.redis)
        app.state.storage = await open_storage(settings)
        app.state.events = EventHub(app.state.redis)  # this process's one Redis pub/sub connection
        app.state.events.start()
        app.state.sockets.start(app.state.events)
        # Sends job messages; this process consumes none, so it declares no consumer group and starts even
        # with the cache down (a send that fails then leaves the job to the sweep).
        app.state.broker = build_broker(settings)
        app.state.request_aggregates = RequestAggregates()
        app.state.activity = ActivityMarker(app.state.redis)
        flushing = asyncio.create_task(
            app.state.request_aggregates.flush_every(settings.request_aggregate_flush_seconds)
        )
        try:
            yield
        finally:
            await stop_flushing(flushing, app.state.request_aggregates)
            await app.state.activity.drain()
            await app.state.broker.shutdown()
            await app.state.sockets.stop()
            await app.state.events.stop()
            await app.state.storage.close()
            await app.state.redis.aclose()
            await close_db()

    routes = [
        Route("/api/healthz", healthz),
        Route("/api/readyz", readyz),
        Route("/api/evidence/{evidence_id}", download_evidence, methods=["GET"]),
        Route("/api/reports/downloads/{artifact_id}", download_report, methods=["GET"]),
        Route("/api/share/{token}", shared_report, methods=["GET"]),
        *billing_routes,
        *metrics_routes,
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *_spa_routes(),
    ]
    app = Starlette(
        debug=settings.debug,
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(RequestContextMiddleware),  # first: every later step sees the real client and the request id
            Middleware(RequestObserverMiddleware),  # times everything after it, refusals included
            Middleware(SecurityHeadersMiddleware),
            Middleware(BodySizeLimitMiddleware),
            Middleware(AuthMiddleware),
        ],
    )
    app.state.settings = settings
    app.state.sockets = SocketRegistry()  # this process's open WebSockets, for revocations
    app.state.served_snapshots = ServedSnapshots()  # the metrics snapshots this process answers from
    return app


def app_from_environment() -> Starlette:
    """uvicorn factory: `uvicorn --factory server.app:app_from_environment`."""
    app = create_app(get_settings())
    freeze_startup_objects()
    return app


# CPython's defaults are (700, 10, 10). With a thousand open sockets the process keeps some 500 000 objects
# of its own; the short-lived objects of each delivery then outlive two young collections, reach the oldest
# generation and set off a full collection every few seconds, each a 0.2 to 0.4 s stall (docs/jobs.md,
# "Live updates → Figures"). Collecting the young generation every 10 000 allocations lets them die first.
GC_THRESHOLDS = (10_000, 50, 20)


def freeze_startup_objects() -> None:
    """Move what importing and building the app made (modules, the schema: some 170 000 objects) out of the
    garbage collector's sight, and collect less often. The frozen objects live as long as the process; left
    in, every full collection walks them and stalls the request that triggered it (0.4 to 0.7 s on a loaded
    2-core machine; see docs/metrics.md)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
