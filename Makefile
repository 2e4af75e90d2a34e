# The two commands a newcomer needs: `make run` and `make test`.
PY      ?= python3
TOOLS   := .tools
UV      := $(TOOLS)/bin/uv
VENV    := .venv
BIN     := $(VENV)/bin
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test check setup web web-test http-audit schema schema-check migration bench clean-data

$(UV):
	$(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==0.13.8

$(BIN)/afterresume: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet
	@touch $@

setup: $(BIN)/afterresume

## Start everything on embedded defaults: PostgreSQL, Valkey, migrations, bootstrap, API + worker on :8000
run: setup web
	$(BIN)/afterresume run

## Run every test (lint and types, unit, API, browser, GraphQL-over-HTTP audit) against real engines
test: setup check web web-test http-audit
	$(BIN)/pytest

## Lint (ruff) and type-check (mypy --strict on server/ and workers/); settings in pyproject.toml
check: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

WEB_SOURCES := $(shell find web/src web/index.html web/package.json web/vite.config.ts web/gqlDocuments.ts web/codegen.ts web/tsconfig.json -type f -not -path 'web/src/gql/*' 2>/dev/null) schema.graphql

## Build the SPA into web/dist (only when its sources or the schema changed)
web: web/dist/index.html

# `npm ci` installs exactly the committed lock and never rewrites it.
web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

web/dist/index.html: web/node_modules/.package-lock.json $(WEB_SOURCES)
	cd web && npm run --silent build

## SPA unit tests (Vitest)
web-test: web/node_modules/.package-lock.json
	cd web && npm test --silent

## Install the GraphQL-over-HTTP conformance audit (graphql-http) that tests/graphql/test_http_audit.py runs
http-audit: tests/graphql/http_audit/node_modules/.package-lock.json

tests/graphql/http_audit/node_modules/.package-lock.json: tests/graphql/http_audit/package.json tests/graphql/http_audit/package-lock.json
	cd tests/graphql/http_audit && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## Regenerate schema.graphql from the code
schema: setup
	$(BIN)/strawberry export-schema server.graphql.schema:schema --output schema.graphql

## Fail when schema.graphql differs from the code
schema-check: setup
	@$(BIN)/strawberry export-schema server.graphql.schema:schema > /tmp/afterresume-schema.graphql
	@diff -u schema.graphql /tmp/afterresume-schema.graphql && echo "schema.graphql is up to date"

## Write a migration for model changes: make migration name=add_worklogs
migration: setup
	@test -n "$(name)" || { echo "usage: make migration name=<what_changed>"; exit 2; }
	flock /tmp/afterresume-migrate.lock env DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres} \
	  $(BIN)/aerich migrate --offline --name $(name)

bench: setup
	$(BIN)/python -m bench.auth

clean-data:
	rm -rf data
