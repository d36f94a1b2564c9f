#!/usr/bin/env bash
# Makes a Docker engine available for the runner pool, on a machine where no registry can be
# reached: installs Debian's docker.io, starts dockerd when none answers, creates the base image
# debian:bookworm-slim locally with debootstrap when it is missing, then builds the runner image.
# Each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! $SUDO docker info >/dev/null 2>&1; then
  if command -v systemctl >/dev/null 2>&1 && systemctl is-system-running >/dev/null 2>&1; then
    log "starting docker (systemd)"
    $SUDO systemctl start docker
  else
    log "starting dockerd in the background (log: /var/log/dockerd.log)"
    # A daemon killed with its session leaves its pid file behind, and dockerd refuses to start.
    if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
      $SUDO rm -f /var/run/docker.pid
    fi
    # In a session of its own: stopping the caller's process group (a service manager stopping
    # the judge, a terminal multiplexer closing) must not stop the daemon and every container.
    $SUDO setsid sh -c 'nohup dockerd > /var/log/dockerd.log 2>&1 &' < /dev/null
  fi
  for _ in $(seq 1 60); do
    $SUDO docker info >/dev/null 2>&1 && break
    sleep 1
  done
  if ! $SUDO docker info >/dev/null 2>&1; then
    echo "docker.sh: dockerd did not come up; see /var/log/dockerd.log" >&2
    tail -20 /var/log/dockerd.log >&2 || true
    exit 1
  fi
fi
log "docker answers: $($SUDO docker version --format '{{.Server.Version}}')"

if ! $SUDO docker image inspect debian:bookworm-slim >/dev/null 2>&1; then
  log "creating debian:bookworm-slim with debootstrap (no registry to pull from)"
  rootfs=$(mktemp -d)
  $SUDO debootstrap --variant=minbase bookworm "$rootfs" >/dev/null
  $SUDO tar -C "$rootfs" -c . | $SUDO docker import - debian:bookworm-slim >/dev/null
  $SUDO rm -rf "$rootfs"
fi

if [ -x .venv/bin/judge ]; then
  .venv/bin/judge build-runner
fi
