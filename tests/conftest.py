"""Shared fixtures. Qt runs offscreen; every test gets its own data directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("VIGILANCE_PASSWORD", None)
os.environ.pop("VIGILANCE_DATA_DIR", None)

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app.paths import DataPaths
from vigilance_app.vault import KeyringAccess, Vault


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return DataPaths(data_dir)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def vault(paths: DataPaths, memory_keyring: MemoryKeyring) -> Vault:
    return Vault(paths, keyring=KeyringAccess(memory_keyring), kdf_params=fast_kdf)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", default=False,
                     help="reliability suite: 200 kills per operation instead of 15")
