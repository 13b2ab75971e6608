"""Start the child, let it run a random part of its work, SIGKILL it."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

CHILD = Path(__file__).with_name("child.py")


@dataclass
class Outcome:
    lines: list[str] = field(default_factory=list)
    killed: bool = False
    seconds: float = 0.0  # from the awaited line to the end (exit or kill)

    @property
    def committed(self) -> list[int]:
        return [int(line.split()[1]) for line in self.lines if line.startswith("committed ")]


def run_and_kill(rng: random.Random, *args: str, after_lines: int = 1,
                 within: float = 0.0) -> Outcome:
    """Run the child; once it printed ``after_lines`` lines (read from its pipe: "ready",
    then one per committed step), kill it at a random moment up to ``within`` seconds later
    (a kill point, not a synchronisation: whatever it interrupts, every outcome is checked).
    A child that ends by itself first is not killed."""
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True)
    outcome = Outcome()
    assert proc.stdout is not None
    for line in proc.stdout:
        outcome.lines.append(line.strip())
        if len(outcome.lines) >= after_lines:
            break
    started = time.monotonic()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=rng.uniform(0.0, within))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        outcome.killed = True
    outcome.seconds = time.monotonic() - started
    rest, _ = proc.communicate()
    outcome.lines.extend(line.strip() for line in rest.splitlines() if line.strip())
    return outcome


def operation_seconds(*args: str, after_lines: int = 1) -> float:
    """How long the child's work takes here (one run, not killed): kill points are drawn
    within it, so that most runs are really interrupted whatever the machine's speed."""
    return run_and_kill(random.Random(0), *args, after_lines=after_lines,
                        within=600.0).seconds
