"""A really full disk for the tests: a small tmpfs when running as root (CI), else a file
size limit (RLIMIT_FSIZE) in the child processes. Skip only when neither is possible."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SIZE = "4m"


def tmpfs_available() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on its own 4 MiB filesystem (unmounted afterwards)."""
    point = tmp_path / "small-disk"
    point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs",
                              str(point)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (no CAP_SYS_ADMIN): "
                    + mounted.stderr.decode(errors="replace").strip())
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of the filesystem holding ``folder`` (unbuffered writes, so
    nothing is left to fail at close)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size) == size:
                    pass
    finally:
        os.close(fd)
    return filler


def free_space(filler: Path) -> None:
    filler.unlink()
