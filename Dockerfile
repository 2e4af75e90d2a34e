# syntax=docker/dockerfile:1
# One image for api, worker and scheduler; a second target serves the SPA.

FROM node:20-bookworm-slim AS web-build
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
COPY schema.graphql /src/schema.graphql
RUN npm run build

FROM python:3.11-slim-bookworm AS app
# Bytecode is compiled at build time (UV_COMPILE_BYTECODE, compileall): the user the image runs as cannot
# write it, and without it every `afterresume` command compiled every module again (about 1.5 s).
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_COMPILE_BYTECODE=1 UV_PROJECT_ENVIRONMENT=/opt/venv PATH=/opt/venv/bin:$PATH
RUN pip install --no-cache-dir uv==0.13.8 && useradd --create-home --uid 10001 afterresume
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY server/ server/
COPY workers/ workers/
COPY migrations/ migrations/
COPY schema.graphql ./
RUN uv sync --frozen --no-dev && python -m compileall -q server workers migrations
COPY --from=web-build /src/web/dist web/dist
USER afterresume
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/api/healthz').status != 200)"
CMD ["afterresume", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]

FROM nginx:1.27-alpine AS web
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=web-build /src/web/dist /usr/share/nginx/html
