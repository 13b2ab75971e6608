"""One writer per data folder: the lock, its bounded wait (clock injected), and the CLI."""

from __future__ import annotations

import pytest

from vigilance_app.instance_lock import InstanceBusyError, InstanceLock, holding
from vigilance_app.paths import DataPaths


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_a_second_holder_waits_a_bounded_time_then_is_told(paths: DataPaths) -> None:
    first = InstanceLock(paths)
    assert first.try_acquire()
    fake = FakeTime()
    with pytest.raises(InstanceBusyError) as caught:
        InstanceLock(paths).acquire(wait=2.0, clock=fake.clock, sleep=fake.sleep)
    assert caught.value.code == "app_open"
    assert "Vigilance is open" in str(caught.value)
    assert fake.now == pytest.approx(2.0) and len(fake.sleeps) == 20
    first.release()
    with holding(paths, wait=0, clock=fake.clock, sleep=fake.sleep) as again:
        assert again.held


def test_the_lock_is_taken_as_soon_as_it_is_free(paths: DataPaths) -> None:
    first = InstanceLock(paths)
    first.try_acquire()
    fake = FakeTime()

    def sleep(seconds: float) -> None:  # the other holder finishes while we wait
        fake.sleep(seconds)
        first.release()

    second = InstanceLock(paths)
    second.acquire(wait=5.0, clock=fake.clock, sleep=sleep)
    assert second.held and fake.now == pytest.approx(0.1)
    second.release()


def test_a_writing_command_says_vigilance_is_open(paths: DataPaths, monkeypatch, capsys) -> None:
    from vigilance_app import cli, instance_lock

    monkeypatch.setattr(instance_lock, "DEFAULT_WAIT", 0.0)
    holder = InstanceLock(paths)
    holder.try_acquire()
    try:
        code = cli.main(["--data-dir", str(paths.root), "import", "-"])
    finally:
        holder.release()
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("vigilance: Vigilance is open on this folder") and "Traceback" not in err
