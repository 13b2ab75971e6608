"""A local record of unexpected errors, for a bug report the person may choose to send.

Only what locates the fault is written: the exception's type (and those of its causes), the
frames as ``file:line function``, the app and Python versions and the time. Never the
exception's message (it may quote a message, a name or a path), never local variables, never
absolute paths (they hold the account name): our own files are named from the package, other
files by their last two path parts. The log stays on this computer (0600, in the data folder,
at most two files of ``MAX_BYTES``).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from vigilance_app.paths import FILE_MODE, DataPaths, ensure_private_dir

if TYPE_CHECKING:  # the window installs the hook at start-up: imports wait for a crash
    from datetime import datetime

MAX_BYTES = 256 * 1024
MAX_FRAMES = 60
MAX_CHAIN = 5
PACKAGE_ROOT = Path(__file__).resolve().parent.parent

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_path(paths: DataPaths) -> Path:
    return paths.logs / "crash.log"


def _where(filename: str) -> str:
    path = Path(filename)
    with contextlib.suppress(ValueError, OSError):
        return path.resolve().relative_to(PACKAGE_ROOT).as_posix()
    return "/".join(path.parts[-2:]) if len(path.parts) > 1 else path.name


def _type_name(exc: BaseException) -> str:
    kind = type(exc)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def describe(exc: BaseException, now: datetime | None = None) -> str:
    """The text written for ``exc``: types and frames only."""
    import platform
    import traceback
    from datetime import UTC, datetime

    from vigilance_app import __version__

    moment = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [f"--- {moment} vigilance {__version__} python {platform.python_version()} "
             f"{sys.platform}"]
    current: BaseException | None = exc
    for depth in range(MAX_CHAIN):
        if current is None:
            break
        if depth:
            lines.append("caused by:")
        lines.append(_type_name(current))
        frames = traceback.extract_tb(current.__traceback__)[-MAX_FRAMES:]
        lines.extend(f"  {_where(f.filename)}:{f.lineno} {f.name}" for f in frames)
        current = current.__cause__ or (None if current.__suppress_context__
                                        else current.__context__)
    return "\n".join(lines) + "\n"


def write_crash_report(exc: BaseException, paths: DataPaths,
                       now: datetime | None = None) -> Path | None:
    """Append ``exc`` to the crash log; the log's path, or None when it cannot be written.
    Never raises: it runs when something already went wrong."""
    try:
        target = log_path(paths)
        ensure_private_dir(target.parent)
        with contextlib.suppress(FileNotFoundError):
            if target.stat().st_size > MAX_BYTES:
                os.replace(target, target.with_name(target.name + ".1"))
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(describe(exc, now))
        if os.name == "posix":
            os.chmod(target, FILE_MODE)
        return target
    except Exception:
        return None


def install_excepthook(paths: DataPaths,
                       on_crash: Callable[[BaseException, Path | None], None] | None = None
                       ) -> ExceptHook:
    """Route uncaught exceptions to the crash log, then to ``on_crash`` (the window shows a
    plain dialog there) instead of a traceback. Returns the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        written = write_crash_report(exc, paths)
        if on_crash is not None:
            with contextlib.suppress(Exception):
                on_crash(exc, written)

    sys.excepthook = hook
    return previous
