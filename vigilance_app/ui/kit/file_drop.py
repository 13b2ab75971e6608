"""Files dropped on a widget: local files only, a bounded number of them.

A drag that carries anything else (a web link, a file of a remote share given as a URL, text)
is refused as a whole, so a page never reads something the person did not mean to give it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

MAX_DROPPED = 100_000  # paths read from one drop; a page applies its own, smaller limit


def dropped_paths(mime: QMimeData | None, limit: int = MAX_DROPPED) -> list[Path]:
    """The local files of a drag (at most ``limit``); empty when the drag carries no URL
    or any URL that is not a local file."""
    if mime is None or not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls[:limit]]


class FileDropTarget:
    """Mixin for a widget that takes dropped files (list it before the Qt class and call
    ``setAcceptDrops(True)``): ``accepts_drop()`` says whether a drop is welcome now,
    ``files_dropped(paths)`` receives the local files."""

    def accepts_drop(self) -> bool:
        return True

    def files_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()) and self.accepts_drop():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths or not self.accepts_drop():
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped(paths)

