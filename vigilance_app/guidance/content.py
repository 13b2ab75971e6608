"""The guidance content: plans per situation, the where-to-report directory, contacts, sources.

The content is data, not code: ``resources/guidance/sources.toml`` (language-neutral: who
published the advice, where, when it was consulted) and one file per language
(``fr.toml``, ``en.toml``) with the plans, the directory and the contacts. This module reads
them with the standard library only (no Qt, nothing heavy) and checks them strictly: any
unknown key, missing key, unknown code or reference, non-https address or duplicate id raises
:class:`ContentError` with a sentence naming the file and the key, so a typo in a translation
is caught by the tests instead of showing a half-empty plan to someone in a hurry.

Design decisions the UI can rely on:

- Optional texts (``phone``, ``url``, ``hours``, ``note``) are ``None`` when absent, never "".
- Multi-line texts (``how``, ``instructions``) keep their line breaks; surrounding blank
  space is trimmed.
- :attr:`Step.secondary` is true when **all** the step's sources are secondary (a press
  article or a copy of an official page): then the UI says "this step's source is secondary".
  When only some are, :attr:`Step.partly_secondary` is true and the official source(s)
  come first in :attr:`Step.sources` (official before secondary, file order otherwise).
- Only the ``url`` of a contact may get an "open the official site" button:
  :meth:`GuidanceContent.official_urls`. Source addresses are shown as text.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from vigilance_app.vocabulary import SITUATIONS

URGENCIES: tuple[str, ...] = ("now", "today", "this_week", "ongoing")
LANGUAGES: tuple[str, ...] = ("fr", "en")

# Shipped files are small; anything larger is a broken or hostile file, not content.
MAX_FILE_BYTES = 1_000_000

_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_VERSION = re.compile(r"^\d{4}\.\d{1,2}\.\d{1,3}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ]{1,24}$")


class ContentError(ValueError):
    """The guidance content is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    url: str
    consulted: date
    secondary: bool
    note: str | None = None


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    phone: str | None = None
    url: str | None = None
    hours: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    why: str
    how: str
    urgency: str
    sources: tuple[Source, ...]
    contacts: tuple[Contact, ...] = ()
    conditional: bool = False  # "If you also gave…": the person may say it does not apply

    @property
    def secondary(self) -> bool:
        """True when every source of this step is secondary: the UI says so."""
        return all(source.secondary for source in self.sources)

    @property
    def partly_secondary(self) -> bool:
        """True when some, but not all, sources are secondary."""
        return any(s.secondary for s in self.sources) and not self.secondary


@dataclass(frozen=True)
class Plan:
    situation: str
    title: str
    question: str
    intro: str
    steps: tuple[Step, ...]

    def steps_by_urgency(self) -> tuple[Step, ...]:
        """The steps from the most urgent ("now") to "ongoing", file order within each."""
        return tuple(sorted(self.steps, key=lambda step: URGENCIES.index(step.urgency)))

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"The plan {self.situation!r} has no step {step_id!r}.")

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)


@dataclass(frozen=True)
class ReportChannel:
    id: str
    name: str
    for_: str
    not_for: str
    instructions: str
    contacts: tuple[Contact, ...]
    sources: tuple[Source, ...]

    @property
    def secondary(self) -> bool:
        return all(source.secondary for source in self.sources)


@dataclass(frozen=True)
class GuidanceContent:
    language: str
    version: str
    last_reviewed: date
    plans: dict[str, Plan]
    directory: tuple[ReportChannel, ...]
    contacts: dict[str, Contact]
    sources: dict[str, Source] = field(default_factory=dict)

    def plan(self, situation: str) -> Plan:
        try:
            return self.plans[situation]
        except KeyError:
            raise KeyError(f"No plan for the situation {situation!r}.") from None

    def report_channel(self, channel_id: str) -> ReportChannel:
        for channel in self.directory:
            if channel.id == channel_id:
                return channel
        raise KeyError(f"No report channel {channel_id!r}.")

    def official_urls(self) -> frozenset[str]:
        """The only addresses the UI may open in a browser: the contacts' official sites."""
        return frozenset(c.url for c in self.contacts.values() if c.url)


# ---------------------------------------------------------------------------------------
# Reading and checking


class _Table:
    """One TOML table being checked: knows its file and dotted key for error messages."""

    def __init__(self, file: str, where: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise ContentError(f"{file}: {where} must be a table.")
        self.file = file
        self.where = where
        self.data: dict[str, Any] = data

    def fail(self, key: str | None, message: str) -> ContentError:
        place = f"{self.where}.{key}" if key and self.where else (key or self.where or "top")
        return ContentError(f"{self.file}: {place}: {message}")

    def check_keys(self, required: Iterable[str], optional: Iterable[str] = ()) -> None:
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in self.data:
            if key not in allowed:
                raise self.fail(key, f"unknown key (allowed: {', '.join(sorted(allowed))}).")
        for key in required:
            if key not in self.data:
                raise self.fail(key, "missing required key.")

    def text(self, key: str, *, optional: bool = False) -> str | None:
        if key not in self.data:
            if optional:
                return None
            raise self.fail(key, "missing required key.")
        value = self.data[key]
        if not isinstance(value, str):
            raise self.fail(key, "must be a text.")
        value = _clean(value)
        if not value:
            raise self.fail(key, "must not be empty.")
        return value

    def required_text(self, key: str) -> str:
        value = self.text(key)
        assert value is not None
        return value

    def ident(self, key: str) -> str:
        value = self.required_text(key)
        if not _ID.match(value):
            raise self.fail(key, f"{value!r} is not a snake_case identifier.")
        return value

    def https(self, key: str, *, optional: bool = False) -> str | None:
        value = self.text(key, optional=optional)
        if value is None:
            return None
        if not value.startswith("https://") or any(c.isspace() for c in value) or \
                len(value) <= len("https://"):
            raise self.fail(key, f"{value!r} is not an https address.")
        return value

    def day(self, key: str) -> date:
        value = self.data.get(key)
        if not isinstance(value, date) or hasattr(value, "hour"):
            raise self.fail(key, "must be a TOML date such as 2026-11-29.")
        return value

    def boolean(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false.")
        return value

    def id_list(self, key: str, known: Mapping[str, Any], kind: str, *,
                optional: bool = False) -> tuple[Any, ...]:
        if key not in self.data:
            if optional:
                return ()
            raise self.fail(key, "missing required key.")
        values = self.data[key]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise self.fail(key, f"must be a list of {kind} ids.")
        if len(set(values)) != len(values):
            raise self.fail(key, f"lists a {kind} twice.")
        items = []
        for value in values:
            if value not in known:
                raise self.fail(key, f"unknown {kind} {value!r}.")
            items.append(known[value])
        return tuple(items)

    def tables(self, key: str) -> list[_Table]:
        values = self.data.get(key)
        if not isinstance(values, list) or not values:
            raise self.fail(key, "must be a non-empty array of tables ([[...]]).")
        return [_Table(self.file, f"{key}[{i}]" if not self.where else
                       f"{self.where}.{key}[{i}]", value) for i, value in enumerate(values)]

    def named_tables(self, key: str) -> list[tuple[str, _Table]]:
        values = self.data.get(key)
        if not isinstance(values, dict) or not values:
            raise self.fail(key, "must hold at least one [" + key + ".<id>] table.")
        result = []
        for name, value in values.items():
            if not _ID.match(name):
                raise self.fail(f"{key}.{name}", "the id is not a snake_case identifier.")
            result.append((name, _Table(self.file, f"{key}.{name}", value)))
        return result


def _clean(text: str) -> str:
    """Trim each line's trailing space and the blank lines around the text."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _read_toml(path: Path) -> dict[str, Any]:
    name = path.name
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ContentError(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ContentError(f"{name}: larger than {MAX_FILE_BYTES} bytes, not guidance content.")
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ContentError(f"{name}: not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{name}: not valid TOML ({exc}).") from None


def _official_first(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    return tuple(sorted(sources, key=lambda s: s.secondary))


def _parse_sources(path: Path) -> dict[str, Source]:
    top = _Table(path.name, "", _read_toml(path))
    top.check_keys(["sources"])
    sources: dict[str, Source] = {}
    for source_id, table in top.named_tables("sources"):
        table.check_keys(["publisher", "title", "url", "consulted", "secondary"], ["note"])
        sources[source_id] = Source(
            id=source_id,
            publisher=table.required_text("publisher"),
            title=table.required_text("title"),
            url=table.https("url") or "",
            consulted=table.day("consulted"),
            secondary=table.boolean("secondary"),
            note=table.text("note", optional=True),
        )
    return sources


def _parse_contacts(top: _Table) -> dict[str, Contact]:
    contacts: dict[str, Contact] = {}
    for contact_id, table in top.named_tables("contacts"):
        table.check_keys(["name"], ["phone", "url", "hours", "note"])
        phone = table.text("phone", optional=True)
        if phone is not None and not _PHONE.match(phone):
            raise table.fail("phone", f"{phone!r} is not a phone number as dialled.")
        contacts[contact_id] = Contact(
            id=contact_id,
            name=table.required_text("name"),
            phone=phone,
            url=table.https("url", optional=True),
            hours=table.text("hours", optional=True),
            note=table.text("note", optional=True),
        )
    return contacts


def _parse_plans(top: _Table, sources: dict[str, Source],
                 contacts: dict[str, Contact]) -> dict[str, Plan]:
    plans: dict[str, Plan] = {}
    for table in top.tables("plans"):
        table.check_keys(["situation", "title", "question", "intro", "steps"])
        situation = table.required_text("situation")
        if situation not in SITUATIONS:
            raise table.fail("situation", f"unknown situation code {situation!r}.")
        if situation in plans:
            raise table.fail("situation", f"a second plan for {situation!r}.")
        steps: list[Step] = []
        for step_table in table.tables("steps"):
            step_table.check_keys(["id", "title", "why", "how", "urgency", "sources"],
                                  ["contacts", "conditional"])
            step_id = step_table.ident("id")
            if any(step.id == step_id for step in steps):
                raise step_table.fail("id", f"duplicate step id {step_id!r}.")
            urgency = step_table.required_text("urgency")
            if urgency not in URGENCIES:
                raise step_table.fail(
                    "urgency", f"unknown urgency {urgency!r} (allowed: {', '.join(URGENCIES)}).")
            step_sources = step_table.id_list("sources", sources, "source")
            if not step_sources:
                raise step_table.fail("sources", "a step needs at least one source.")
            steps.append(Step(
                id=step_id,
                title=step_table.required_text("title"),
                why=step_table.required_text("why"),
                how=step_table.required_text("how"),
                urgency=urgency,
                sources=_official_first(step_sources),
                contacts=step_table.id_list("contacts", contacts, "contact", optional=True),
                conditional=("conditional" in step_table.data
                             and step_table.boolean("conditional")),
            ))
        plans[situation] = Plan(
            situation=situation,
            title=table.required_text("title"),
            question=table.required_text("question"),
            intro=table.required_text("intro"),
            steps=tuple(steps),
        )
    return plans


def _parse_directory(top: _Table, sources: dict[str, Source],
                     contacts: dict[str, Contact]) -> tuple[ReportChannel, ...]:
    channels: list[ReportChannel] = []
    for table in top.tables("report"):
        table.check_keys(["id", "name", "for", "not_for", "instructions", "contacts",
                          "sources"])
        channel_id = table.ident("id")
        if any(channel.id == channel_id for channel in channels):
            raise table.fail("id", f"duplicate report id {channel_id!r}.")
        channel_sources = table.id_list("sources", sources, "source")
        if not channel_sources:
            raise table.fail("sources", "a report channel needs at least one source.")
        channels.append(ReportChannel(
            id=channel_id,
            name=table.required_text("name"),
            for_=table.required_text("for"),
            not_for=table.required_text("not_for"),
            instructions=table.required_text("instructions"),
            contacts=table.id_list("contacts", contacts, "contact"),
            sources=_official_first(channel_sources),
        ))
    return tuple(channels)


def parse_guidance(lang: str, folder: Path) -> GuidanceContent:
    """Read and check ``folder/sources.toml`` and ``folder/<lang>.toml`` (no cache)."""
    if lang not in LANGUAGES:
        raise ContentError(f"No guidance in the language {lang!r} (available: "
                           f"{', '.join(LANGUAGES)}).")
    sources = _parse_sources(folder / "sources.toml")
    path = folder / f"{lang}.toml"
    top = _Table(path.name, "", _read_toml(path))
    top.check_keys(["content_version", "last_reviewed", "language", "contacts", "plans",
                    "report"])
    version = top.required_text("content_version")
    if not _VERSION.match(version):
        raise top.fail("content_version", f"{version!r} is not like 2026.11.1.")
    language = top.required_text("language")
    if language != lang:
        raise top.fail("language", f"says {language!r} in the file for {lang!r}.")
    contacts = _parse_contacts(top)
    return GuidanceContent(
        language=language,
        version=version,
        last_reviewed=top.day("last_reviewed"),
        plans=_parse_plans(top, sources, contacts),
        directory=_parse_directory(top, sources, contacts),
        contacts=contacts,
        sources=sources,
    )


@functools.lru_cache(maxsize=len(LANGUAGES))
def _load_shipped(lang: str) -> GuidanceContent:
    from vigilance_app.paths import resources_dir

    return parse_guidance(lang, resources_dir() / "guidance")


def load_guidance(lang: str, folder: Path | None = None) -> GuidanceContent:
    """The guidance in ``lang``: the shipped content (cached) or the files in ``folder``."""
    if folder is None:
        return _load_shipped(lang)
    return parse_guidance(lang, Path(folder))
