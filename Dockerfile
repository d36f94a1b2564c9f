# The gateway/worker image. Minimal for now: the judge and its toolchains on Debian, judging with
# the `local` (bubblewrap) backend, which needs user namespaces inside the container
# (e.g. `docker run --security-opt seccomp=unconfined --security-opt apparmor=unconfined`).
# The Docker runner pool (next release) replaces that with sibling containers.
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      python3 python3-venv bubblewrap gcc g++ libc6-dev golang-go ruby rustc openjdk-17-jdk-headless nodejs \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY judge ./judge
COPY alembic ./alembic
COPY problems ./problems
RUN python3 -m venv /venv && /venv/bin/pip install --no-cache-dir .
ENV JUDGE_PROBLEMS_DIR=/app/problems JUDGE_DATABASE_URL=sqlite:////data/judge.db
VOLUME /data
EXPOSE 8000
CMD ["/venv/bin/judge", "serve", "--host", "0.0.0.0", "--port", "8000"]
