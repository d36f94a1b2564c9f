"""The runner image: built from runners/Dockerfile plus the sandbox's inside (the supervisor package
and the launcher's source), tagged by a hash of them all so any change builds a new image."""

from __future__ import annotations

import hashlib
import io
import logging
import tarfile
from collections.abc import Callable
from pathlib import Path

import docker
import docker.errors

from judge.resources import top_level_dir

log = logging.getLogger(__name__)
REPOSITORY = "judge-runner"
INSIDE = Path(__file__).resolve().parent / "inside"


def context_files() -> dict[str, bytes]:
    runners = top_level_dir("runners", "runners", "Dockerfile")
    files = {name: (runners / name).read_bytes() for name in ("Dockerfile", "pg-template.sh")}
    for path in sorted([*INSIDE.glob("*.py"), INSIDE / "launcher.c"]):
        files[f"inside/{path.name}"] = path.read_bytes()
    return files


def image_tag() -> str:
    digest = hashlib.sha256()
    for name, data in sorted(context_files().items()):
        digest.update(name.encode() + b"\0" + data)
    return f"{REPOSITORY}:{digest.hexdigest()[:12]}"


def build_context() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, data in context_files().items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def ensure_image(client: docker.DockerClient, progress: Callable[[str], None] | None = None) -> str:
    """The runner image's tag, building it first when missing (progress reported line by line)."""
    tag = image_tag()
    try:
        client.images.get(tag)
        return tag
    except docker.errors.ImageNotFound:
        pass
    say = progress or log.info
    say(f"building runner image {tag} (the first time takes a few minutes)")
    stream = client.api.build(fileobj=io.BytesIO(build_context()), custom_context=True, tag=tag, rm=True, decode=True)
    for chunk in stream:
        if "error" in chunk:
            raise RuntimeError(f"runner image build failed: {chunk['error']}")
        line = str(chunk.get("stream", "")).rstrip()
        if line:
            say(line)
    client.images.get(tag)
    say(f"runner image {tag} ready")
    remove_older_images(client, keep=tag)
    return tag


def remove_older_images(client: docker.DockerClient, keep: str) -> None:
    """Runner images of earlier versions of the judge; one still in use stays."""
    for image in client.images.list(name=REPOSITORY):
        if keep in image.tags:
            continue
        for tag in image.tags:
            try:
                client.images.remove(tag)
            except docker.errors.APIError as e:
                log.info("keeping %s: %s", tag, e.explanation)
