# The gateway/worker image: the judge on Debian's Python, judging in sibling runner containers
# through the host's Docker daemon.
#
#   scripts/build-image.sh        (makes the wheels in build/wheels, then docker build -t judge .)
#   docker run -d -p 8000:8000 -v /var/run/docker.sock:/var/run/docker.sock -v judge-data:/data judge
#
# Mounting the Docker socket gives this container full control of the host's Docker daemon, which
# is root on the host: anyone who takes over the judge process (not the sandboxed solutions, which
# never see the socket) owns the machine. Run it only on hosts dedicated to judging, keep the
# gateway's dependencies few, and prefer a rootless Docker daemon or a socket proxy that allows
# only the container calls the pool makes (create, start, attach, inspect, remove) where you can.

FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-venv \
 && rm -rf /var/lib/apt/lists/*
# The judge and its dependencies as wheels made by scripts/build-image.sh: no index is needed here.
# The judge's wheel carries the built web editor (setup.py builds it with the package).
COPY build/wheels /tmp/wheels
RUN python3 -m venv /venv \
 && /venv/bin/pip install --no-cache-dir --no-index --find-links /tmp/wheels judge \
 && rm -rf /tmp/wheels
COPY problems /app/problems
COPY seeds/plans /app/plans
ENV JUDGE_PROBLEMS_DIR=/app/problems \
    JUDGE_PLANS_DIR=/app/plans \
    JUDGE_DATABASE_URL=sqlite:////data/judge.db \
    JUDGE_RUNNER=docker
VOLUME /data
EXPOSE 8000
CMD ["/venv/bin/judge", "serve", "--host", "0.0.0.0", "--port", "8000"]
