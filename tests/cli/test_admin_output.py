"""How the admin commands print: a short table is Rich's, a long one plain aligned columns that fit."""

import io

import httpx
from rich.console import Console
from rich.table import Table

from server.cli.admin.base import PLAIN_TABLE_ROWS, PlainTable, table
from server.cli.admin.client import http


def printed(renderable: object, width: int) -> list[str]:
    console = Console(width=width, no_color=True, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text().splitlines()


def test_a_long_table_is_plain_aligned_columns_with_every_row():
    rows = [[f"user{i}", f"user{i}@example.com", "member" if i % 2 else None] for i in range(PLAIN_TABLE_ROWS + 1)]
    out = table("501 of 501 user(s)", ("username", "email", "role"), rows)
    assert isinstance(out, PlainTable)
    lines = printed(out, 200)
    assert lines[0] == "501 of 501 user(s)"
    assert lines[1].split() == ["username", "email", "role"] and set(lines[2]) == {"─", " "}
    assert len(lines) == 3 + len(rows)
    assert lines[3].split() == ["user0", "user0@example.com"]
    assert lines[4].split() == ["user1", "user1@example.com", "member"]
    # Columns start at the same place on every line.
    start = lines[1].index("email")
    assert all(line[start:].startswith("user") for line in lines[3:])


def test_a_long_table_cuts_its_widest_column_to_fit_the_terminal():
    rows = [["a" * 60, "b" * 10] for _ in range(PLAIN_TABLE_ROWS + 1)]
    lines = printed(table(None, ("left", "right"), rows), 40)
    assert all(len(line) <= 40 for line in lines)
    assert lines[2].endswith("…  " + "b" * 10)


def test_a_short_table_is_a_rich_table():
    assert isinstance(table(None, ("a",), [["1"]] * PLAIN_TABLE_ROWS), Table)


def test_one_http_client_a_process_that_keeps_no_cookies():
    client = http()
    assert http() is client
    request = httpx.Request("GET", "http://server/")
    response = httpx.Response(200, headers={"set-cookie": "session=abc; Path=/"}, request=request)
    client.cookies.extract_cookies(response)
    assert list(client.cookies.jar) == []
