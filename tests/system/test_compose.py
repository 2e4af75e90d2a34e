"""compose.yml and the Dockerfile, read against the code they run (no Docker engine here)."""

from __future__ import annotations

import re
import shlex
from ipaddress import ip_address, ip_network
from pathlib import Path

import yaml

from server.cli import app as cli_app
from server.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_SERVICES = [n for n, s in SERVICES.items() if s.get("build", {}).get("target") == "app"]
SAMPLE_ENV = {
    "SECRET_KEY": "k" * 40,
    "POSTGRES_PASSWORD": "pg-secret",
    "MINIO_PASSWORD": "minio-secret",
    "METRICS_TOKEN": "m" * 40,
}


def interpolate(value: str) -> str:
    def sub(match: re.Match) -> str:
        name, op, arg = match.group(1), match.group(2), match.group(3)
        if name in SAMPLE_ENV:
            return SAMPLE_ENV[name]
        assert op != ":?", f"compose needs {name} set: {arg}"
        return arg or ""

    return re.sub(r"\$\{(\w+)(?:(:[-?])([^}]*))?\}", sub, str(value))


def cli_commands() -> set[str]:
    return {c.name or c.callback.__name__.replace("_", "-") for c in cli_app.registered_commands}


def test_the_stack_has_every_component():
    assert {"api", "worker", "scheduler", "web", "postgres", "valkey", "minio", "minio-init", "migrate"} <= set(
        SERVICES
    )
    assert set(APP_SERVICES) == {"api", "worker", "scheduler", "migrate"}


def test_every_app_command_exists_in_the_code():
    known = cli_commands()
    for name in APP_SERVICES:
        argv = SERVICES[name]["command"]
        steps = [shlex.split(step) for step in argv[2].split("&&")] if argv[:2] == ["sh", "-c"] else [argv]
        for step in steps:
            if step[0] == "afterresume":
                assert step[1] in known, f"{name}: unknown command {step[1]!r}"
            else:
                assert step[:3] == ["python", "-m", "workers.main"] and step[3] in ("worker", "scheduler"), name


def test_app_environment_names_real_settings_and_is_production_safe():
    fields = {f.upper() for f in Settings.model_fields}
    for name in APP_SERVICES:
        env = SERVICES[name]["environment"]
        unknown = set(env) - fields
        assert not unknown, f"{name}: not settings: {unknown}"
        values = {k.lower(): interpolate(v) for k, v in env.items() if interpolate(v) != ""}
        settings = Settings(_env_file=None, **values)
        settings = settings.model_copy(update={"public_url": "https://afterresume.example"})
        settings.check_production_safety()
        assert settings.storage_backend == "s3" and settings.s3_endpoint_url == "http://minio:9000"
        assert settings.redis_url.startswith("redis://valkey:")
        assert "@postgres:5432/" in settings.database_url


def test_dependencies_point_at_services_and_engines_are_health_checked():
    for name, service in SERVICES.items():
        for dep in service.get("depends_on", {}):
            assert dep in SERVICES, f"{name} depends on unknown {dep}"
    for engine in ("postgres", "valkey", "minio"):
        assert "healthcheck" in SERVICES[engine]
    assert SERVICES["api"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"


def test_bucket_and_credentials_agree_between_minio_and_the_app():
    env = SERVICES["api"]["environment"]
    assert f"local/{env['S3_BUCKET']}" in SERVICES["minio-init"]["entrypoint"][-1]
    assert SERVICES["minio"]["environment"]["MINIO_ROOT_USER"] == env["S3_ACCESS_KEY_ID"]
    assert SERVICES["minio"]["environment"]["MINIO_ROOT_PASSWORD"] == env["S3_SECRET_ACCESS_KEY"]
    pg = SERVICES["postgres"]["environment"]
    assert f"postgres://{pg['POSTGRES_USER']}:" in env["DATABASE_URL"] and env["DATABASE_URL"].endswith(
        f"/{pg['POSTGRES_DB']}"
    )


def test_dockerfile_has_the_targets_and_copies_what_runs():
    dockerfile = (ROOT / "Dockerfile").read_text()
    targets = set(re.findall(r"^FROM \S+ AS (\S+)$", dockerfile, re.M))
    assert {"app", "web", "web-build"} <= targets
    for needed in ("server/", "workers/", "migrations/", "uv.lock"):
        assert needed in dockerfile
    cmd = re.search(r"^CMD (\[.*\])$", dockerfile, re.M).group(1)
    assert '"afterresume", "serve"' in cmd and "serve" in cli_commands()
    nginx = (ROOT / "docker" / "nginx.conf").read_text()
    assert "proxy_pass http://api:8000" in nginx


def test_the_api_is_reached_only_through_the_web_proxy_which_is_the_one_trusted_address():
    # Only the proxy publishes a port; the API is on the compose network alone.
    published = {name for name, service in SERVICES.items() if service.get("ports")}
    assert published == {"web"}
    assert SERVICES["api"].get("expose") == ["8000"]
    web_address = SERVICES["web"]["networks"]["default"]["ipv4_address"]
    subnet = COMPOSE["networks"]["default"]["ipam"]["config"][0]["subnet"]
    assert ip_address(web_address) in ip_network(subnet)
    for name in APP_SERVICES:
        env = {k.lower(): interpolate(v) for k, v in SERVICES[name]["environment"].items() if interpolate(v) != ""}
        assert Settings(_env_file=None, **env).trusted_proxies == [web_address], name
    # Every location that reaches the API appends the client to X-Forwarded-For and sets its own request id.
    nginx = (ROOT / "docker" / "nginx.conf").read_text()
    locations = re.findall(r"location [^{]+\{([^}]*)\}", nginx)
    to_api = [body for body in locations if "proxy_pass http://api:8000" in body]
    assert len(to_api) == 2
    for body in to_api:
        assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in body
        assert "proxy_set_header X-Request-ID $request_id;" in body


def test_serve_leaves_forwarded_headers_to_the_app():
    from server.cli.system import uvicorn_options

    options = uvicorn_options()
    assert options["proxy_headers"] is False and options["forwarded_allow_ips"] == ""
    assert "--no-proxy-headers" in (ROOT / "bench" / "harness.py").read_text()
