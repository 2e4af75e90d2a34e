"""Benchmark `me` and `login` end to end (HTTP → GraphQL → PostgreSQL) on a real uvicorn.

.venv/bin/python -m bench.auth [--seconds 10] [--clients 32] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys

from bench.harness import ROOT, load, scratch_server, summary, wrk_available, wrk_load

PASSWORD = "bench-password-for-load-1"
ME = {"query": "{ me { id username email isStaff } }"}
LOGIN = {
    "query": 'mutation($p: String!) { login(input: {username: "admin", password: $p}) { token errors { code } } }',
    "variables": {"p": PASSWORD},
}


async def main(seconds: float, clients: int, workers: int) -> None:
    async with scratch_server({"ADMIN_PASSWORD": PASSWORD}, workers=workers) as (base_url, env):
        subprocess.run(
            [sys.executable, "-m", "server.cli", "bootstrap"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        import httpx

        async with httpx.AsyncClient(base_url=base_url) as c:
            token = (await c.post("/graphql", json=LOGIN)).json()["data"]["login"]["token"]
        headers = {"authorization": f"Bearer {token}"}

        def me_ok(r):
            return r.status_code == 200 and r.json()["data"]["me"]["username"] == "admin"

        def login_ok(r):
            return r.status_code == 200 and r.json()["data"]["login"]["token"] is not None

        me = lambda c: c.post("/graphql", json=ME, headers=headers)  # noqa: E731
        login = lambda c: c.post("/graphql", json=LOGIN)  # noqa: E731
        await load("warm-up", 4, 2, me, base_url)
        results = [
            await load("me (1 client)", 1, seconds, me, base_url, me_ok),
            await load("login (1 client)", 1, seconds, login, base_url, login_ok),
        ]
        if wrk_available():
            url = f"{base_url}/graphql"
            results += [
                wrk_load(
                    f"me ({clients} clients, wrk)", clients, seconds, url, json.dumps(ME), headers["authorization"]
                ),
                wrk_load(f"login ({clients} clients, wrk)", clients, seconds, url, json.dumps(LOGIN)),
            ]
        else:
            results += [
                await load(f"me ({clients} clients)", clients, seconds, me, base_url, me_ok),
                await load(f"login ({clients} clients)", clients, seconds, login, base_url, login_ok),
            ]
    print(
        f"uvicorn workers={workers}; the load generator shares the machine's 2 cores "
        f"({'wrk' if wrk_available() else 'httpx'} for the concurrent runs)"
    )
    print(summary(results))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    asyncio.run(main(args.seconds, args.clients, args.workers))
