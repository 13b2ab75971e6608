"""The libraries Vigilance runs on and their licences, read from the installed packages'
metadata (``importlib.metadata``) when the Help page is shown: no network, no list to keep
up to date by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

# The dependencies of pyproject.toml, added to those of the installed metadata of Vigilance
# (absent in a frozen build, possibly older in a development checkout): the libraries' own
# metadata is read either way, and a library that is not installed is left out.
FALLBACK_REQUIREMENTS = (
    "PySide6-Essentials", "SQLAlchemy", "alembic", "sqlcipher3", "keyring", "platformdirs",
    "cryptography", "phonenumbers", "publicsuffixlist", "confusable-homoglyphs",
    "python-stdnum", "icalendar", "jeepney",
)
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_CLASSIFIER = "License :: OSI Approved :: "


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def requirement_names(distribution: str = "vigilance") -> list[str]:
    """The names of the run-time dependencies (extras such as ``test`` left out)."""
    try:
        requires = metadata.requires(distribution)
    except metadata.PackageNotFoundError:
        requires = None
    names: list[str] = []
    for requirement in [*(requires or []), *FALLBACK_REQUIREMENTS]:
        if "extra ==" in requirement.replace("extra==", "extra =="):
            continue
        match = _NAME.match(requirement)
        if match and _key(match.group(1)) not in {_key(name) for name in names}:
            names.append(match.group(1))
    return names


def _key(name: str) -> str:
    """Package names compare without case and with -, _ and . alike (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(meta: metadata.PackageMetadata) -> str:
    """SPDX expression, or a short ``License`` field, or the OSI classifiers; "" if none."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 60 and field.upper() != "UNKNOWN":
        return field
    classifiers = [value[len(_CLASSIFIER):] for value in (meta.get_all("Classifier") or [])
                   if value.startswith(_CLASSIFIER)]
    return " / ".join(classifiers)


def libraries(distribution: str = "vigilance") -> list[Library]:
    """The installed dependencies with their version and licence, sorted by name."""
    found = []
    for name in requirement_names(distribution):
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue  # e.g. jeepney outside Linux
        found.append(Library(meta.get("Name") or name, meta.get("Version") or "",
                             licence_of(meta)))
    return sorted(found, key=lambda library: library.name.lower())
