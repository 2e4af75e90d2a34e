"""What every admin command shares: where the server and the token come from, output for people (Rich
tables) or scripts (`--json`), confirmation of destructive commands, paging with progress, failures."""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import typer
from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.table import Table

from server.cli.admin.client import EXIT_ABORTED, EXIT_REFUSED, AdminClient, AdminFailure
from server.cli.common import console, err

P = ParamSpec("P")
R = TypeVar("R")

CREDENTIALS_FILE = "credentials.json"
PAGE = 100
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

JSON_OPTION = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")
YES_OPTION = typer.Option(False, "--yes", "-y", help="Do it without asking (required without a terminal).")


def config_dir() -> Path:
    """XDG_CONFIG_HOME/afterresume, else ~/.config/afterresume (click's rule for POSIX systems)."""
    return Path(typer.get_app_dir("afterresume", force_posix=False))


def credentials_path() -> Path:
    return config_dir() / CREDENTIALS_FILE


def read_credentials() -> dict[str, Any] | None:
    try:
        value = json.loads(credentials_path().read_text())
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) and isinstance(value.get("token"), str) else None


def write_credentials(values: dict[str, Any]) -> Path:
    """0600 in a 0700 directory, whatever the umask: the token is a password."""
    directory = config_dir()
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    directory.chmod(0o700)
    path = credentials_path()
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(values, f)
    tmp.chmod(0o600)
    os.replace(tmp, path)
    return path


def forget_credentials() -> bool:
    try:
        credentials_path().unlink()
    except FileNotFoundError:
        return False
    return True


@dataclass
class AdminOptions:
    url: str | None
    token: str | None  # from AFTERRESUME_TOKEN (or --token)

    def resolved_url(self) -> str:
        from server.settings import get_settings

        if self.url:
            return self.url
        stored = read_credentials()
        if stored and isinstance(stored.get("url"), str):
            return str(stored["url"])
        return get_settings().public_url

    def client(self, *, anonymous: bool = False) -> AdminClient:
        url = self.resolved_url()
        if anonymous:
            return AdminClient(url, None)
        if self.token:
            return AdminClient(url, self.token)
        stored = read_credentials()
        # A stored token goes only to the server it was issued by.
        if stored and stored.get("url") == url:
            return AdminClient(url, str(stored["token"]))
        raise AdminFailure(f"not logged in to {url}; run `afterresume admin login` (or set AFTERRESUME_TOKEN)")


def options(ctx: typer.Context) -> AdminOptions:
    found = ctx.find_object(AdminOptions)
    if found is None:  # a subcommand called outside `afterresume admin`
        return AdminOptions(url=None, token=None)
    return found


def admin_command(function: Callable[P, R]) -> Callable[P, R]:
    """Turn AdminFailure into its line on stderr (and JSON errors on stdout with --json) and exit code."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except AdminFailure as failure:
            if kwargs.get("as_json"):
                errors = failure.errors or [{"code": None, "message": failure.message}]
                console.print_json(json.dumps({"errors": errors}))
            err.print(f"[red]error:[/red] {failure.message}", highlight=False)
            raise typer.Exit(failure.exit_code) from None

    return run


def confirm(question: str, yes: bool) -> None:
    """Ask before a destructive change; without a terminal, only --yes proceeds."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise AdminFailure(f"{question} — refused: no terminal to confirm on; pass --yes", EXIT_ABORTED)
    if not typer.confirm(question, default=False, err=True):
        raise AdminFailure("not confirmed; nothing changed", EXIT_ABORTED)


def dig(data: dict[str, Any], path: Sequence[str]) -> Any:
    value: Any = data
    for key in path:
        value = value[key]
    return value


def pages(
    client: AdminClient,
    operation: str,
    variables: dict[str, Any],
    path: Sequence[str],
    *,
    limit: int | None = None,
    what: str = "rows",
) -> tuple[list[dict[str, Any]], int]:
    """Every node of a connection (up to `limit`), a page at a time, with a progress bar on a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    nodes: list[dict[str, Any]] = []
    after: str | None = None
    with Progress(
        TextColumn(f"fetching {what}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as bar:
        task = bar.add_task(what, total=None)
        while True:
            first = PAGE if limit is None else max(1, min(PAGE, limit - len(nodes)))
            connection = dig(client.execute(operation, {**variables, "first": first, "after": after}), path)
            total = int(connection["totalCount"])
            nodes.extend(edge["node"] for edge in connection["edges"])
            bar.update(task, completed=len(nodes), total=total if limit is None else min(total, limit))
            if not connection["pageInfo"]["hasNextPage"] or (limit is not None and len(nodes) >= limit):
                return nodes, total
            after = connection["pageInfo"]["endCursor"]


def find_user(client: AdminClient, login: str) -> dict[str, Any]:
    """The user whose username or email is exactly `login` (or whose id it is)."""
    key = login.strip().lower()
    data = client.execute("AdminUsers", {"search": key, "first": PAGE})
    for edge in data["admin"]["users"]["edges"]:
        node: dict[str, Any] = edge["node"]
        if key in (node["username"].lower(), node["email"].lower(), node["id"].lower()):
            return node
    raise AdminFailure(
        f"no user {login!r}", EXIT_REFUSED, errors=[{"code": "NOT_FOUND", "message": f"no user {login!r}"}]
    )


def find_tenant_id(client: AdminClient, tenant: str) -> str:
    """A tenant id as given, or the tenant of the user named by username or email."""
    if UUID_RE.fullmatch(tenant.strip()):
        return tenant.strip()
    user = find_user(client, tenant)
    if not user.get("tenant"):
        raise AdminFailure(f"user {tenant!r} has no tenant", EXIT_REFUSED, errors=[{"code": "NOT_FOUND"}])
    return str(user["tenant"]["id"])


def print_json(value: Any) -> None:
    # Plain print: Rich would wrap long lines of a value scripts parse.
    sys.stdout.write(json.dumps(value, indent=2, sort_keys=True) + "\n")


# Above this many rows a table is printed as plain aligned columns: Rich lays out every cell of a Table
# (about 0.4 ms a cell), which made 10 000 users half a minute of rendering.
PLAIN_TABLE_ROWS = 500


def table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table | PlainTable:
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    if len(cells) > PLAIN_TABLE_ROWS:
        return PlainTable(title, list(columns), cells)
    out = Table(title=title, title_justify="left", header_style="bold")
    for column in columns:
        out.add_column(column, overflow="fold")
    for row in cells:
        out.add_row(*row)
    return out


class PlainTable:
    """A long table as aligned columns, two spaces apart, header in bold and a rule under it; the widest
    columns are cut with an ellipsis when the lines would not fit the terminal."""

    def __init__(self, title: str | None, columns: list[str], rows: list[list[str]]):
        self.title = title
        self.columns = columns
        self.rows = rows

    def widths(self, room: int) -> list[int]:
        widths = [cell_len(c) for c in self.columns]
        for row in self.rows:
            for i, value in enumerate(row):
                widths[i] = max(widths[i], cell_len(value))
        while sum(widths) + 2 * (len(widths) - 1) > room and max(widths) > 8:
            widest = widths.index(max(widths))
            widths[widest] -= 1
        return widths

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self.widths(options.max_width)

        def line(values: Sequence[str]) -> str:
            return "  ".join(set_cell_size(fit(v, w), w) for v, w in zip(values, widths, strict=True)).rstrip()

        if self.title:
            yield Segment(self.title)
            yield Segment.line()
        yield Segment(line(self.columns), Style(bold=True))
        yield Segment.line()
        yield Segment("  ".join("─" * w for w in widths))
        yield Segment.line()
        for row in self.rows:
            yield Segment(line(row))
            yield Segment.line()


def fit(value: str, width: int) -> str:
    return value if cell_len(value) <= width else set_cell_size(value, width - 1) + "…"


def when(value: str | None) -> str:
    """An ISO timestamp as `YYYY-MM-DD HH:MM` (UTC), or an empty cell."""
    return value[:16].replace("T", " ") if value else ""


def money(cents: int | None, currency: str = "") -> str:
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d} {currency.upper()}".strip()
