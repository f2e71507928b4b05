# Dars: two stages, dependencies first for the build cache, a non-root runtime.
FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/dars
COPY pyproject.toml README.md ./
# Install the dependencies alone first, so code changes don't reinstall them.
RUN mkdir -p bot db scripts content \
    && touch bot/__init__.py db/__init__.py scripts/__init__.py content/__init__.py \
    && /opt/dars/bin/pip install --no-cache-dir . \
    && /opt/dars/bin/pip uninstall -y dars
COPY bot ./bot
COPY db ./db
COPY scripts ./scripts
COPY content ./content
RUN /opt/dars/bin/pip install --no-cache-dir --no-deps .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 dars
COPY --from=build /opt/dars /opt/dars
WORKDIR /app
COPY --chown=dars:dars alembic.ini ./
COPY --chown=dars:dars migrations ./migrations
COPY --chown=dars:dars content ./content
COPY --chown=dars:dars bot ./bot
COPY --chown=dars:dars db ./db
COPY --chown=dars:dars scripts ./scripts
ENV PATH=/opt/dars/bin:$PATH PYTHONUNBUFFERED=1 DATABASE_URL=sqlite+aiosqlite:////app/data/dars.db
RUN mkdir -p /app/data && chown dars:dars /app/data
USER dars
# Migrations and the content load are one-shot steps before the bot starts; both are idempotent.
CMD ["sh", "-c", "alembic upgrade head && python -m scripts.load_content && exec python -m bot"]
