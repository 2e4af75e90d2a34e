"""docker/nginx.conf, the web service of compose.yml, read as nginx reads it (no nginx here)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONF = ROOT / "docker" / "nginx.conf"


def parse(text: str) -> dict:
    """Directives and blocks of an nginx config: {"directives": [[name, *args]], "blocks": [(name, args, block)]}."""
    tokens = re.findall(r'"[^"]*"|[{};]|[^\s{};"]+', re.sub(r"#[^\n]*", "", text))

    def block(i: int) -> tuple[dict, int]:
        out: dict = {"directives": [], "blocks": []}
        words: list[str] = []
        while i < len(tokens):
            token = tokens[i]
            i += 1
            if token == ";":
                out["directives"].append([w.strip('"') for w in words])
                words = []
            elif token == "{":
                inner, i = block(i)
                out["blocks"].append((words[0], [w.strip('"') for w in words[1:]], inner))
                words = []
            elif token == "}":
                return out, i
            else:
                words.append(token)
        return out, i

    return block(0)[0]


def server() -> dict:
    ((_, _, found),) = [b for b in parse(CONF.read_text())["blocks"] if b[0] == "server"]
    return found


def location(args: list[str]) -> dict:
    matches = [b for name, a, b in server()["blocks"] if name == "location" and a == args]
    assert len(matches) == 1, f"location {' '.join(args)}"
    return matches[0]


def directive(block: dict, name: str) -> list[str]:
    found = [d[1:] for d in block["directives"] if d[0] == name]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def test_text_is_served_gzipped():
    s = server()
    assert directive(s, "gzip") == ["on"]
    assert directive(s, "gzip_vary") == ["on"]
    assert {"application/javascript", "text/css", "application/json"} <= set(directive(s, "gzip_types"))


def test_hashed_assets_are_cached_for_a_year_and_immutable():
    assets = location(["/assets/"])
    header = directive(assets, "add_header")
    assert header[0] == "Cache-Control"
    parts = {p.strip() for p in header[1].split(",")}
    assert "immutable" in parts and "public" in parts and "max-age=31536000" in parts
    assert directive(assets, "try_files") == ["$uri", "=404"]  # a missing asset is a 404, never index.html
    vite = (ROOT / "web" / "vite.config.ts").read_text()
    assert re.search(r'assetsDir:\s*"assets"', vite), "Vite must write hashed files under /assets/"


def test_the_page_is_revalidated_on_every_visit_even_through_the_spa_fallback():
    assert directive(location(["=", "/index.html"]), "add_header") == ["Cache-Control", "no-cache"]
    fallback = location(["/"])
    assert directive(fallback, "add_header") == ["Cache-Control", "no-cache"]
    assert directive(fallback, "try_files") == ["$uri", "/index.html"]


def test_the_api_locations_are_proxied_uncached_by_nginx():
    for path in ("/graphql", "/api/"):
        block = location([path])
        assert directive(block, "proxy_pass") == ["http://api:8000"]
        assert not [d for d in block["directives"] if d[0] == "add_header"], path


def test_the_web_image_serves_this_config_and_the_built_app():
    dockerfile = (ROOT / "Dockerfile").read_text()
    stage = dockerfile[dockerfile.index("AS web\n") :]
    assert "COPY docker/nginx.conf /etc/nginx/conf.d/default.conf" in stage
    assert "/src/web/dist /usr/share/nginx/html" in stage
    assert directive(server(), "root") == ["/usr/share/nginx/html"]
