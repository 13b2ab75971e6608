"""The reliability suite: kills, full disks, damaged files, two processes at once.

``--long`` (or ``VIGILANCE_RELIABILITY_LONG=1``) runs 200 kills per operation instead of 15.
Figures (kills, losses, cases tried) are printed at the end of the run.
"""

from __future__ import annotations

import os
from collections import defaultdict
from typing import Any

import pytest

FIGURES: dict[str, dict[str, Any]] = defaultdict(dict)


@pytest.fixture(scope="session")
def iterations(request: pytest.FixtureRequest) -> int:
    long = request.config.getoption("--long", default=False) or \
        os.environ.get("VIGILANCE_RELIABILITY_LONG") == "1"
    return 200 if long else 15


@pytest.fixture
def figures() -> dict[str, dict[str, Any]]:
    return FIGURES


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    for name in sorted(FIGURES):
        values = ", ".join(f"{k}={v}" for k, v in FIGURES[name].items())
        terminalreporter.write_line(f"{name}: {values}")
