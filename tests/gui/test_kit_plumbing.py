"""The shared plumbing of the window layer: files dropped on a page, and background work
that reports its progress and can be asked to stop."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.file_drop import dropped_paths


def mime_with(*urls: QUrl) -> QMimeData:
    mime = QMimeData()
    mime.setUrls(list(urls))
    return mime


def test_only_local_files_are_taken_and_their_number_is_bounded(qapp, tmp_path: Path) -> None:
    files = [tmp_path / f"m{i}.eml" for i in range(5)]
    local = [QUrl.fromLocalFile(str(path)) for path in files]
    assert dropped_paths(mime_with(*local)) == files
    assert dropped_paths(mime_with(*local), limit=2) == files[:2]
    # anything that is not a local file refuses the whole drop
    assert dropped_paths(mime_with(local[0], QUrl("https://example.org/a.eml"))) == []
    assert dropped_paths(QMimeData()) == []
    assert dropped_paths(None) == []


def test_a_job_reports_its_progress_on_the_ui_thread_and_can_be_cancelled(qtbot) -> None:
    runner = BackgroundRunner()
    started = threading.Event()
    steps: list[tuple[int, int, bool]] = []
    results: list[object] = []

    def job(cancelled, progress) -> int:
        done = 0
        progress(0, 100)
        started.set()
        while not cancelled() and done < 100:
            done += 1
            threading.Event().wait(0.01)
            progress(done, 100)
        return done

    def on_progress(done: int, total: int) -> None:
        steps.append((done, total, threading.current_thread() is threading.main_thread()))

    assert runner.run_with_progress(job, results.append, results.append, on_progress)
    assert runner.busy
    assert not runner.run(lambda: None, results.append, results.append)  # one job at a time
    assert started.wait(10)
    qtbot.waitUntil(lambda: bool(steps), timeout=5000)
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert len(results) == 1 and isinstance(results[0], int) and results[0] < 100
    assert steps[0][:2] == (0, 100)
    assert all(on_ui for _done, _total, on_ui in steps)
