"""Safe parsing of raw RFC 822 email bytes (.eml) into a ParsedMessage.

The stdlib ``email`` package does the MIME work, but not unguarded: on Python 3.11 it
takes 4.7 s for 10,000 parts, raises RecursionError on 1,000-deep nesting and does not
finish on a 100 kB ``Content-Type`` of ``;``. So the raw bytes are first scanned once,
linearly, to cap parts, nesting and header sizes (``_prescan``), and headers are kept as
plain strings (``_POLICY``) rather than given to the quadratic structured parsers.
Nothing here writes a file: attachments stay bytes in memory.
"""

from __future__ import annotations

import itertools
import operator
import re
import sys
import types
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from email import feedparser, policy
from email._encoded_words import decode_b  # type: ignore[attr-defined]
from email.message import Message, _unquotevalue  # type: ignore[attr-defined]
from email.utils import (  # type: ignore[attr-defined]
    _has_surrogates,
    _sanitize,
    collapse_rfc2231_value,
)
from typing import Any, AnyStr, cast

from . import attachments as attachment_rules
from .headers import (
    addresses,
    auth_failures,
    decode_bytes,
    decode_words,
    parse_date,
    raw_to_text,
    sender,
)
from .html_text import html_to_text
from .limits import (
    MAX_DEPTH,
    MAX_HEADER_BLOCK_BYTES,
    MAX_HEADER_BYTES,
    MAX_INPUT_BYTES,
    MAX_LINKS,
    MAX_MIME_HEADER_BYTES,
    MAX_PARTS,
    MAX_TEXT_CHARS,
    WARN_HEADER_TOO_LONG,
    WARN_HTML_TRUNCATED,
    WARN_TEXT_TRUNCATED,
    WARN_TOO_DEEP,
    WARN_TOO_MANY_HEADERS,
    WARN_TOO_MANY_LINKS,
    WARN_TOO_MANY_PARTS,
    WARN_UNREADABLE_PART,
    AnalysisError,
    InputTooLarge,
)
from .message import Attachment, Link, ParsedMessage
from .pasted import find_links


def _verbatim_header(name: str, value: str) -> str:
    """A header kept as the string it was: values are decoded by ``headers.py`` on demand.

    What ``policy.default`` gives for an unstructured header, without building a header
    class per look-up: ``Message.get_content_type``, ``get_param`` and ``get_payload`` only
    need the string. Undecodable bytes become U+FFFD, as in every ``email`` header object.
    """
    if value.isascii():  # no surrogate escapes
        return value
    return _sanitize(value) if _has_surrogates(value) else value


class _Policy(policy.EmailPolicy):
    """``policy.EmailPolicy`` whose header values have their line ends dropped as the stdlib
    does, without its pattern split when there is none (most values)."""

    def header_fetch_parse(self, name: str, value: Any) -> Any:
        if hasattr(value, "name"):
            return value
        if "\n" in value or "\r" in value:
            value = value.replace("\r", "").replace("\n", "")
        return self.header_factory(name, value)  # type: ignore[operator]


_POLICY = _Policy(header_factory=_verbatim_header)
# The stdlib's boundary predicates (``boundaryre.match``) all start with this.
_BOUNDARY_PREFIX = "(?P<sep>" + re.escape("--")


class _Dashes:
    """Where the lines of a text that start with "--" (where a MIME boundary may be) begin,
    found by searching the text rather than looking at each line; ``str`` or ``bytes``,
    lines ending at "\\r\\n", "\\r" or "\\n"."""

    def __init__(self, text: AnyStr) -> None:
        self.text: str | bytes = text
        self._dash: str | bytes = "--" if isinstance(text, str) else b"--"
        self._ends: tuple[str | bytes, ...] = ("\n", "\r") if isinstance(text, str) else (
            b"\n", b"\r")
        # Per needle, what its searches found: (since, found, upto), found being the first
        # occurrence at or after since, or -1 when none ends at or before upto. Later
        # searches go on from there, so that each part of the text is searched once.
        self._found: dict[str | bytes, tuple[int, int, int]] = {}
        # Text left to search for separators: each new one is searched from where it is
        # first asked for, up to its first occurrence, so that many separators that never
        # occur could search the text once each; past this, lines starting with "--" are.
        self._budget = 4 * len(text) + 65536

    def at_or_after(self, offset: int, limit: int | None = None) -> int:
        """The start of the first line at or after the line starting at ``offset`` that
        starts with "--", or -1; with a ``limit`` (not before ``offset``), -1 also when that
        line starts after it (the text after the limit is not searched)."""
        if self.text.startswith(self._dash, offset):  # type: ignore[arg-type]
            return offset
        # a needle found at p starts a line at p + 1, at most the limit
        end = len(self.text) if limit is None else min(len(self.text), limit + 2)
        return self._line_after(offset, self._dash, end)

    def separator_at_or_after(self, offset: int, separators: Iterable[str | bytes]) -> int:
        """The start of a line at or after the line starting at ``offset`` that starts with
        "--", none of the lines before it starting with one of ``separators`` (each starting
        with "--"), or -1 when none does: a line that may be a boundary of these."""
        if self._budget < 0:
            return self.at_or_after(offset)
        found = -1
        for separator in separators:
            if self.text.startswith(separator, offset):  # type: ignore[arg-type]
                return offset
            at = self._line_after(offset, separator, len(self.text))
            if at != -1 and (found == -1 or at < found):
                found = at
        return found

    def _line_after(self, offset: int, start: str | bytes, end: int) -> int:
        """The first line after the one at ``offset`` starting with ``start``, found within
        text[offset:end] with its line end, or -1."""
        found = -1
        for line_end in self._ends:
            at = self._search(line_end + start, offset, end)  # type: ignore[operator]
            if at != -1 and (found == -1 or at < found):
                found = at
        return found + 1 if found != -1 else -1

    def _search(self, needle: str | bytes, offset: int, end: int) -> int:
        """text.find(needle, offset, end), from what earlier searches found when they can
        tell."""
        since, found, upto = self._found.get(needle, (sys.maxsize, -1, 0))
        if since <= offset and found != -1 and offset <= found:
            return found if found + len(needle) <= end else -1
        if since <= offset <= upto and found == -1:
            if end <= upto:
                return -1
            # nothing starts before upto - len(needle) + 1: go on from there
            offset = max(offset, upto - len(needle) + 1)
        else:
            since = offset
        found = self.text.find(needle, offset, end)  # type: ignore[arg-type]
        self._found[needle] = (since, found, end)
        self._budget -= (end if found == -1 else found) - offset
        return found


# Not in the stdlib's type stubs: the feed parser's line buffer and its "no line yet" value.
_BufferedSubFile: Any = feedparser.__dict__["BufferedSubFile"]
_NEED_MORE_DATA: Any = feedparser.__dict__["NeedMoreData"]


_STR_TERMINATOR = re.compile(r"\r\n?|\n")


class _Lines(_BufferedSubFile):  # type: ignore[misc]
    """The stdlib feed parser's line buffer, for input given whole before parsing.

    Same answers as ``BufferedSubFile`` (the tests compare the parsed trees), but the text
    is not split into lines: a line is cut out when the parser reads one, and a body read
    to its end or to the next boundary is one slice, found with one search instead of two
    Python calls per line: only lines starting with "--" are shown to the boundary
    predicates. Lines are available once ``close`` was called.
    """

    def __init__(self) -> None:
        super().__init__()
        self._closed: bool = False  # as the stdlib sets it; typed here
        self._pending: list[str] = []
        self._text = ""
        self._end = 0
        self._dashes = _Dashes("")
        self._pos = 0  # offset of the next line
        self._unread: list[str] = []  # lines given back in another order (a stack)
        # the last two lines read from the text, with their offsets: given back, the
        # offset moves back
        self._read: list[tuple[str, int]] = []
        self._fast: list[bool] = []  # per predicate: a boundary matcher
        # per predicate: the separator a _Boundary matches lines starting with, else None
        self._separators: list[str | None] = []
        # The parser is reading a header block (set by _FeedParser): lines are looked at one
        # by one. Otherwise everything read by iteration is joined by the stdlib.
        self.in_headers = True

    def push(self, data: str) -> None:
        self._pending.append(data)

    def pushlines(self, lines: Iterable[str]) -> None:
        self._pending.extend(lines)

    def close(self) -> None:
        if self._closed:
            return
        self._text = "".join(self._pending)
        self._pending = []
        self._end = len(self._text)
        self._dashes = _Dashes(self._text)
        self._closed = True

    def _line(self, start: int) -> str:
        end = _STR_TERMINATOR.search(self._text, start)
        return self._text[start:end.end()] if end is not None else self._text[start:]

    def _take(self, line: str) -> None:
        """The line at the offset was read."""
        read = self._read
        read.append((line, self._pos))
        if len(read) > 2:
            del read[0]
        self._pos += len(line)

    def push_eof_matcher(self, pred: Callable[[str], object]) -> None:
        owner = getattr(pred, "__self__", None)
        self._fast.append(getattr(pred, "__name__", "") == "match" and (
            isinstance(owner, _Boundary) or (
                isinstance(owner, re.Pattern)
                and str(owner.pattern).startswith(_BOUNDARY_PREFIX)
                and not owner.flags & ~re.UNICODE)))
        self._separators.append(owner.separator if isinstance(owner, _Boundary)
                                and getattr(pred, "__name__", "") == "match" else None)
        self._eofstack.append(pred)

    def pop_eof_matcher(self) -> Callable[[str], object]:
        self._fast.pop()
        self._separators.pop()
        return self._eofstack.pop()  # type: ignore[no-any-return]

    def _at_eof(self, line: str) -> bool:
        # a loop, not any() over a generator: called for every line the stdlib reads itself
        for ateof in reversed(self._eofstack):  # noqa: SIM110
            if ateof(line):
                return True
        return False

    def readline(self) -> Any:
        if self._unread:
            line = self._unread[-1]
            if self._at_eof(line):
                return ""
            return self._unread.pop()
        if self._pos >= self._end:
            return "" if self._closed else _NEED_MORE_DATA
        line = self._line(self._pos)
        if self._eofstack and self._at_eof(line):
            return ""
        self._take(line)
        return line

    def unreadline(self, line: str) -> None:
        read = self._read
        if (not self._unread and read and read[-1][0] is line
                and read[-1][1] + len(line) == self._pos):
            self._pos = read.pop()[1]
        else:
            self._unread.append(line)

    def _next_eof(self) -> int:
        """Offset of the first unread line an end predicate matches, or the text's end."""
        if not self._eofstack:
            return self._end
        start = self._pos
        # a _Boundary matches only lines starting with its separator
        separators = None if None in self._separators else cast(list[str], self._separators)
        while True:
            start = (self._dashes.at_or_after(start) if separators is None
                     else self._dashes.separator_at_or_after(start, separators))
            if start == -1:
                return self._end
            line = self._line(start)
            if self._at_eof(line):
                return start
            start += len(line)

    def _iterate(self) -> Iterator[Any]:
        while True:
            end = -1
            if self._closed and not self._unread and all(self._fast):
                end = self._next_eof()
            if end < 0:  # the stdlib's way, one line at a time
                line = self.readline()
                if line == "":
                    return
                yield line
                continue
            if not self.in_headers:
                # A body, an epilogue or a preamble: the stdlib joins what it reads, so the
                # lines come as one piece (its first line ending stays the first characters).
                if self._pos < end:
                    start, self._pos = self._pos, end
                    self._read.clear()
                    yield self._text[start:end]
                return
            if not (yield from self._header_lines(end)):
                return

    def _header_lines(self, end: int) -> Generator[str, None, bool]:
        """The lines before offset ``end``, one by one, until one is given back or an end
        predicate pushed or popped (then True: ``end`` may have moved); ``_line`` and
        ``_take`` inlined, as for every header line."""
        text, search, read, depth = self._text, _STR_TERMINATOR.search, self._read, len(
            self._eofstack)
        while (pos := self._pos) < end:
            found = search(text, pos)
            line_end = found.end() if found is not None else len(text)
            line = text[pos:line_end]
            read.append((line, pos))
            if len(read) > 2:
                del read[0]
            self._pos = line_end
            yield line
            if self._unread or len(self._eofstack) != depth:
                return True
        return False

    def __iter__(self) -> Iterator[Any]:
        return self._iterate()

    def __next__(self) -> Any:
        line = self.readline()
        if line == "":
            raise StopIteration
        return line


class _TextEnd:
    """``feedparser.NLCRE_eol`` (the line end closing a text: a payload, an epilogue, the
    last line of a preamble) looked for in the last two characters, where it can only be,
    rather than at every line end from the start of the text."""

    _pattern: re.Pattern[str] = feedparser.__dict__["NLCRE_eol"]

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern.search(text, max(0, len(text) - 2))


class _Boundary:
    """What ``_parsegen`` compiles for each multipart (its ``boundaryre``), without a
    pattern compiled per boundary (a third of a millisecond each): the separator compared,
    then one shared pattern for the rest of the line. The parser reads only the groups
    "end" and "linesep" of a match, which are the same."""

    _rest = re.compile(r"(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")

    def __init__(self, separator: str) -> None:
        self.separator = separator

    def match(self, line: str) -> re.Match[str] | None:
        if not line.startswith(self.separator):
            return None
        return self._rest.match(line, len(self.separator))


# The stdlib's pattern for a separator, around re.escape(separator).
_SEPARATOR_HEAD = "(?P<sep>"
_SEPARATOR_TAIL = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def _compile(pattern: str, flags: int = 0) -> Any:
    """``re.compile`` for ``_parsegen``: its boundary patterns become ``_Boundary``."""
    if not flags and pattern.startswith(_SEPARATOR_HEAD) and pattern.endswith(_SEPARATOR_TAIL):
        escaped = pattern[len(_SEPARATOR_HEAD):-len(_SEPARATOR_TAIL)]
        separator = _ESCAPED.sub(r"\1", escaped)
        if re.escape(separator) == escaped and separator.startswith("--"):
            return _Boundary(separator)
    return re.compile(pattern, flags)


# The stdlib's own parsing generator, its globals but the line end search and the boundary
# matchers (above) the same.
_PARSEGEN = types.FunctionType(
    feedparser.FeedParser._parsegen.__code__,  # type: ignore[attr-defined]
    {**vars(feedparser), "NLCRE_eol": _TextEnd(),
     "re": types.SimpleNamespace(**{**vars(re), "compile": _compile})}, "_parsegen")


class _FeedParser(feedparser.FeedParser):
    """The stdlib feed parser telling its ``_Lines`` when a header block is being read.

    Each message or part starts with its header block (``_new_message``, then a loop over
    the lines, then ``_parse_headers``); every other loop over the lines only joins them
    (a leaf's payload, a preamble, an epilogue), which lets ``_Lines`` give them whole.
    Its ``_parsegen`` is the stdlib's code, with the cheaper search for a text's last line
    end (``_TextEnd``).
    """

    def __init__(self, lines: _Lines) -> None:
        super().__init__(policy=_POLICY)
        self._input = lines
        self._lines = lines

    _parsegen = _PARSEGEN

    def _new_message(self) -> None:
        self._lines.in_headers = True
        super()._new_message()  # type: ignore[misc]

    def _parse_headers(self, lines: list[str]) -> None:
        self._lines.in_headers = False
        super()._parse_headers(lines)  # type: ignore[misc]


def _parse_message(data: bytes) -> Message:
    """``BytesParser(policy=_POLICY).parsebytes(data)``, the same tree, faster."""
    lines = _Lines()
    parser = _FeedParser(lines)
    lines.push(data.decode("ascii", errors="surrogateescape"))
    message = parser.close()
    assert isinstance(message, Message)
    return message


# Same test as email.feedparser.headerRE: what the stdlib takes for a header line.
_HEADER_LINE = re.compile(rb"From |[\041-\071\073-\176]*:|[\t ]")
_BOUNDARY = re.compile(rb"""boundary\s*=\s*(?:"([^"\r\n]*)"|([^\s;"]+))""", re.IGNORECASE)
_CONTENT_TYPE = re.compile(rb"\s*([!-~]+?)\s*/\s*([^\s;]+)")
_LINE_END = b"\r\n"
_MIME_HEADERS = (b"content-type", b"content-disposition", b"content-transfer-encoding")
# Headers this module or the stdlib's MIME code reads (``_header``, ``get_content_type``,
# ``get_filename``, ``get_payload``…); None keeps every header.
_READ: frozenset[bytes] | None = frozenset({
    *_MIME_HEADERS, b"from", b"reply-to", b"return-path", b"date", b"subject",
    b"authentication-results"})


def _trie(words: Iterable[bytes]) -> bytes:
    """A pattern matching any of the words, factored by their first bytes so that a text is
    compared with each of its bytes once rather than with every word."""
    unique = sorted(set(words))
    if len(unique) <= 1:
        return re.escape(unique[0]) if unique else b""
    rests: dict[bytes, list[bytes]] = {}
    for word in unique:
        if word:
            rests.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(head) + _trie(rest) for head, rest in rests.items()]
    pattern = branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
    return b"(?:" + pattern + b")?" if b"" in unique else pattern


# What _HEADER_LINE accepts, group 1 set for a header that may be read (a name in _READ),
# group 2 for a "From " line. A header whose name is not in _READ (a name of 40 bytes or
# more never is) is left out of the message's own block like any other unread header.
_READ_NAMES = rb"((?i:" + _trie(_READ or ()) + rb"):)"
_HEAD = re.compile(_READ_NAMES + rb"|(From )|[\041-\071\073-\176]*+:|[\t ]")
# A line after a "\n" that starts a header: ``_HEAD``'s groups, or group 3 for a line that
# is neither a header nor folded (a blank one included); folded lines do not match.
_HEAD_AFTER = re.compile(b"\n(?:" + _READ_NAMES +
                         rb"|(From )|[\041-\071\073-\176]*+:|([^\t ]))")
_NO_HEADER = 3
# A "\r" ending a line by itself: the lines are then not all found after a "\n".
_LONE_CR = re.compile(rb"\r(?!\n)")
_UNFOLDED = frozenset(range(256)) - {ord("\t"), ord(" ")}
_FIRST_BYTE = operator.itemgetter(0)
_TERMINATOR = re.compile(rb"\r\n?|\n")
_BLANK = (b"\n", b"\r\n", b"\r")
_CR = ord("\r")
_RUN_PIECE = 16384  # bytes of a header block read first


@dataclass
class _Frame:
    """An open container while scanning: a multipart (with its boundary) or a message."""

    boundary: bytes | None
    digest: bool = False


@dataclass
class _Scan:
    out: list[bytes] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stack: list[_Frame] = field(default_factory=list)
    parts: int = 0
    blocks: int = 0  # header blocks written so far

    def warn(self, code: str) -> None:
        if code not in self.warnings:
            self.warnings.append(code)

    def boundaries_open(self) -> bool:
        return any(frame.boundary is not None for frame in self.stack)


# What follows a header block: body text, another header block (an attached message),
# or nothing (too deep: the rest is dropped).
_BODY, _HEADERS, _STOP = "body", "headers", "stop"


def _capped_header(scan: _Scan, value: bytes) -> tuple[bytes, bytes]:
    """A header cut to its size cap (with a warning), and the text before the first ":" of
    its first 40 bytes (all of them when there is none: no name read is that long)."""
    head = value[:40].partition(b":")[0]
    is_mime = head.strip().lower() in _MIME_HEADERS
    limit = MAX_MIME_HEADER_BYTES if is_mime else MAX_HEADER_BYTES
    if len(value) > limit:
        scan.warn(WARN_HEADER_TOO_LONG)
        value = value[:limit].rstrip(b"\r\n") + _LINE_END
    return value, head


def _flush_block(scan: _Scan, headers: list[list[bytes]]) -> bytes | None:
    """Write a header block with its caps applied; return its Content-Type value if any.

    Headers nobody reads (Received, DKIM-Signature, X-…: not in ``_READ``) are counted in
    the caps but not written for the stdlib parser, whose look-ups compare the text before
    the first ":" with a name: not parsing them changes nothing but the time. Only in the
    message's own header block, the one place where this scan and the stdlib surely agree
    that the lines are headers: a part's "headers" follow a boundary this scan reads from
    the Content-Type, and where the stdlib reads that header otherwise (a folded or broken
    parameter) they are body text, which must reach it whole. The first and last header of
    a block are always written, and all are when a "From " line stands after the first (the
    stdlib treats a first or last "From " line apart).
    """
    block_size = 0
    content_type: bytes | None = None
    last = len(headers) - 1
    scan.blocks += 1
    every = (_READ is None or scan.blocks > 1 or last < 2
             or any(h[0].startswith(b"From ") for h in headers[1:]))
    for index, lines in enumerate(headers):
        value, head = _capped_header(scan, b"".join(lines))
        if block_size + len(value) > MAX_HEADER_BLOCK_BYTES:
            scan.warn(WARN_TOO_MANY_HEADERS)
            break
        block_size += len(value)
        if (every or index == 0 or index == last
                or head.lower() in _READ):  # type: ignore[operator]
            scan.out.append(value)
        if content_type is None and value[:13].lower() == b"content-type:":
            content_type = value[13:]
    return content_type


@dataclass
class _Run:
    """A header block read whole: where each of its headers starts, which ones ``_HEAD``
    marks in group 1 (a name read), whether one after the first is a "From " line (group 2),
    and where the line after the block starts."""

    heads: list[int]
    reads: list[int]  # indices in heads
    from_line: bool
    following: int


def _line_at(data: bytes, start: int) -> bytes:
    """The line starting at offset ``start``, with its line end."""
    end = _TERMINATOR.search(data, start)
    return data[start:end.end()] if end is not None else data[start:]


def _blank_line(data: bytes, start: int, end: int) -> int:
    """The start of a blank line in data[start:end] (``start`` starts a line), or ``end``:
    the first of the kind the first line's line end makes likely. Not always the first
    blank line: ``_header_run`` stops at any."""
    newline = data.find(b"\n", start, end)
    crlf = newline > start and data[newline - 1] == _CR
    found = data.find(b"\n\r\n" if crlf else b"\n\n", start, end)
    return found + 1 if found != -1 else end


def _piece_end(data: bytes, start: int, end: int) -> int:
    """The end of the last whole line of data[start:end] that has a line end, or -1."""
    last = max(data.rfind(b"\n", start, end), data.rfind(b"\r", start, end))
    if last == -1:
        return -1
    # "\r\n" is one line end
    return last + 2 if data[last] == _CR and data[last + 1:last + 2] == b"\n" else last + 1


def _header_run(data: bytes, start: int, stop: int) -> _Run:
    """The header lines of data[start:stop] (where no line starts with "--") up to the
    first that is no header line, a blank one included.

    Each line after the first starts after a "\\n" when no line ends with a lone "\\r" (the
    usual case): one search then finds the headers and the line ending the block, reading
    no further. Otherwise the block is read line by line (``_lines_run``).
    """
    heads: list[int] = []
    reads: list[int] = []
    if start >= stop:
        return _Run(heads, reads, False, stop)
    # a block's first line starts a header, folded or not
    end = _TERMINATOR.search(data, start, stop)
    first = _HEAD.match(data, start, end.end() if end is not None else stop)
    if first is None:
        return _Run(heads, reads, False, start)
    heads.append(start)
    if first.lastindex == 1:
        reads.append(0)
    from_line = False
    following = stop
    for found in _HEAD_AFTER.finditer(data, start, stop):
        kind = found.lastindex
        if kind is not None:  # not an unread header
            if kind == _NO_HEADER:
                following = found.start() + 1
                break
            if kind == 1:
                reads.append(len(heads))
            else:
                from_line = True
        heads.append(found.start() + 1)
    if _LONE_CR.search(data, start, following) is not None:
        heads, kinds, following = _lines_run(data, start, stop)
        reads = [index for index, kind in enumerate(kinds) if kind == 1]
        from_line = 2 in kinds[1:]
    return _Run(heads, reads, from_line, following)


def _lines_run(data: bytes, start: int, stop: int) -> tuple[list[int], list[int | None], int]:
    """``_header_run`` line by line, lines ending at "\\r", "\\n" or "\\r\\n".

    Read in pieces of lines, each as long as all before it, so that a block ending at a
    line that is no header costs its own length, whatever follows.
    """
    heads: list[int] = []
    kinds: list[int | None] = []
    piece, size = start, _RUN_PIECE
    while piece < stop:
        end = min(stop, piece + size)
        if end < stop:
            end = _piece_end(data, piece, end)
            if end == -1:
                size *= 2  # a line longer than the piece
                continue
        lines = data[piece:end].splitlines(keepends=True)
        starts = list(itertools.accumulate(map(len, lines), initial=piece))
        firsts = bytes(map(_FIRST_BYTE, lines))
        first = 1 if piece == start else 0  # a block's first line starts a header, folded or not
        new = [*range(first), *itertools.compress(range(first, len(lines)),
                                                  map(_UNFOLDED.__contains__, firsts[first:]))]
        matches = list(map(_HEAD.match, map(lines.__getitem__, new)))
        if None in matches:
            cut = matches.index(None)
            heads += [starts[line] for line in new[:cut]]
            kinds += [found.lastindex for found in matches[:cut]]  # type: ignore[union-attr]
            return heads, kinds, starts[new[cut]]
        heads += [starts[line] for line in new]
        kinds += [found.lastindex for found in matches]  # type: ignore[union-attr]
        piece, size = end, max(size, end - start)
    return heads, kinds, stop


def _flush_run(scan: _Scan, data: bytes, run: _Run) -> tuple[bool, bytes | None]:
    """``_flush_block`` for a header block read whole (``_header_run``) looking only at the
    headers that may be read, cut or left out; (False, None) without writing anything when
    a cap may apply, which the line by line way handles.

    Under the caps no line is dropped and a header is the text from its first line to the
    next line that is not folded. A header that ``_HEAD`` does not mark in group 1, neither
    first nor last, has a name that is neither read nor a MIME one: it is written, whole,
    only when every header is.
    """
    bounds = [*run.heads, run.following]
    start, end = bounds[0], bounds[-1]
    if end - start > MAX_HEADER_BLOCK_BYTES or max(
            map(operator.sub, itertools.islice(bounds, 1, None), bounds)) > MAX_HEADER_BYTES:
        return False, None
    last = len(run.heads) - 1
    scan.blocks += 1
    every = _READ is None or scan.blocks > 1 or last < 2 or run.from_line
    special = sorted({0, last, *run.reads})
    content_type: bytes | None = None
    out = scan.out
    written = start  # the headers before are written or left out
    for index in special:
        if every and bounds[index] > written:
            out.append(data[written:bounds[index]])
        value, head = _capped_header(scan, data[bounds[index]:bounds[index + 1]])
        if (every or index == 0 or index == last
                or head.lower() in _READ):  # type: ignore[operator]
            out.append(value)
        if content_type is None and value[:13].lower() == b"content-type:":
            content_type = value[13:]
        written = bounds[index + 1]
    if every and end > written:
        out.append(data[written:end])
    return True, content_type


def _read_block(scan: _Scan, data: bytes, dashes: _Dashes, start: int) -> _Run | None:
    """The header block starting at offset ``start`` read whole, when it ends where the
    line by line way would end it and no more than MAX_HEADER_BLOCK_BYTES are read."""
    bound = min(len(data), start + MAX_HEADER_BLOCK_BYTES + 1)
    stop = _blank_line(data, start, bound)
    # A line starting with "--" after the blank line's end changes nothing: not searched.
    dash = dashes.at_or_after(start, min(stop + 2, bound))
    if dash == -1:
        dash = len(data)
    if dash < bound:
        bound = dash
        stop = _blank_line(data, start, bound)
    run = _header_run(data, start, stop)
    if not run.heads or run.following == stop == bound < dash:
        return None  # more header lines may follow
    if not _block_ends(scan, data, run.following):
        return None
    return run


def _enter_body(scan: _Scan, content_type: bytes | None) -> str:
    """Open the multipart or attached message whose header block just ended."""
    in_digest = bool(scan.stack) and scan.stack[-1].digest
    match = _CONTENT_TYPE.match(content_type) if content_type is not None else None
    if match is None:
        # inside multipart/digest a part without a type is an attached message
        maintype, subtype = (b"message", b"rfc822") if in_digest else (b"text", b"plain")
    else:
        maintype, subtype = match.group(1).lower(), match.group(2).lower()
    if maintype == b"multipart":
        found = _BOUNDARY.search(content_type or b"")
        raw = (found.group(1) if found.group(1) is not None else found.group(2)) if found else b""
        boundary = raw.rstrip()
        if not boundary:
            return _BODY  # the stdlib reads a multipart without boundary as text
        frame, after = _Frame(boundary, digest=subtype == b"digest"), _BODY
    elif maintype == b"message" and subtype in (b"rfc822", b"global"):
        frame, after = _Frame(None), _HEADERS
    else:
        return _BODY
    if len(scan.stack) >= MAX_DEPTH:
        scan.warn(WARN_TOO_DEEP)
        return _STOP
    scan.stack.append(frame)
    return after


def _boundary_frame(stack: list[_Frame], line: bytes) -> tuple[int, bool] | None:
    """(frame index, is closing) when the line is a boundary of an open multipart."""
    stripped = line.rstrip(b"\r\n").rstrip(b" \t")
    for position in range(len(stack) - 1, -1, -1):
        boundary = stack[position].boundary
        if boundary is None:
            continue
        if stripped == b"--" + boundary:
            return position, False
        if stripped == b"--" + boundary + b"--":
            return position, True
    return None


def _block_ends(scan: _Scan, data: bytes, start: int) -> bool:
    """Whether a header block ends before the line starting at offset ``start`` (input end,
    boundary of an open multipart, blank line or no header line)."""
    if start >= len(data):
        return True
    line = _line_at(data, start)
    if line.startswith(b"--") and _boundary_frame(scan.stack, line) is not None:
        return True
    return line in _BLANK or not _HEADER_LINE.match(line)


def _prescan(data: bytes) -> tuple[bytes, list[str]]:
    """Cap parts, depth and header sizes in one linear pass over the raw lines.

    Mirrors what the stdlib feed parser will see (header lines, boundaries of every open
    multipart, attached messages); where a cap is hit, the rest of the input is dropped.
    A header block is read whole when it can be (``_read_block``), else line by line; body
    text is copied up to the next line starting with "--".
    """
    scan = _Scan()
    in_headers = True
    headers: list[list[bytes]] = []
    # the Content-Type of a header block already written whole, the line ending it is next
    flushed: tuple[bytes | None] | None = None
    block_bytes = header_bytes = 0  # sizes of the current header block and header
    pos, total = 0, len(data)
    dashes = _Dashes(data)
    while pos < total:
        if not in_headers:
            # body lines are copied as they are up to the next that may be a boundary
            following = dashes.separator_at_or_after(pos, [
                b"--" + frame.boundary for frame in scan.stack if frame.boundary is not None])
            if following == -1:
                following = total
            if following > pos:
                scan.out.append(data[pos:following])
                pos = following
                continue
        elif not headers and not block_bytes and flushed is None:  # a block starts
            run = _read_block(scan, data, dashes, pos)
            if run is not None:
                done, content_type = _flush_run(scan, data, run)
                if done:
                    flushed, pos = (content_type,), run.following
                    continue
        line = _line_at(data, pos)
        pos += len(line)
        found = _boundary_frame(scan.stack, line) if line.startswith(b"--") else None
        if found is not None:
            position, closing = found
            if in_headers and flushed is None:
                _flush_block(scan, headers)
            headers, flushed = [], None
            del scan.stack[position + 1:]
            if closing:
                scan.stack.pop()
                in_headers = False
                scan.out.append(line)
                if not scan.boundaries_open():
                    scan.out.append(data[pos:])  # no boundary left: the rest is text
                    break
                continue
            scan.parts += 1
            if scan.parts > MAX_PARTS:
                scan.warn(WARN_TOO_MANY_PARTS)
                break
            scan.out.append(line)
            in_headers, headers, block_bytes = True, [], 0
            continue
        if not in_headers:
            scan.out.append(line)
            continue
        if flushed is not None or line in _BLANK or not _HEADER_LINE.match(line):
            content_type = flushed[0] if flushed is not None else _flush_block(scan, headers)
            after = _enter_body(scan, content_type)
            if after == _STOP:
                break
            scan.out.append(line)
            headers, block_bytes, flushed = [], 0, None
            in_headers = after == _HEADERS
            if not in_headers and not scan.boundaries_open():
                scan.out.append(data[pos:])  # a leaf with no boundary around: plain text
                break
            continue
        block_bytes += len(line)
        if block_bytes > MAX_HEADER_BLOCK_BYTES + MAX_HEADER_BYTES:
            scan.warn(WARN_TOO_MANY_HEADERS)
            continue  # far beyond the cap: not even kept for _flush_block
        if line[:1] in (b" ", b"\t") and headers:
            if header_bytes <= MAX_HEADER_BYTES:
                headers[-1].append(line)
                header_bytes += len(line)
            else:
                scan.warn(WARN_HEADER_TOO_LONG)
        else:
            headers.append([line])
            header_bytes = len(line)
    else:
        if in_headers and headers:
            _flush_block(scan, headers)
    return b"".join(scan.out), scan.warnings


@dataclass
class _Body:
    """What the walk over the parts collects."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    has_form: bool = False
    warnings: list[str] = field(default_factory=list)

    def warn(self, code: str) -> None:
        if code not in self.warnings:
            self.warnings.append(code)


class _Headers:
    """The first raw value of each header of a message, by lower-case name, read as text
    on demand (never parsed by the policy)."""

    def __init__(self, message: Message) -> None:
        self._first: dict[str, object] = {}
        for key, value in message.raw_items():
            self._first.setdefault(key.lower(), value)

    def text(self, name: str) -> str | None:
        value = self._first.get(name)
        return raw_to_text(str(value)) if value is not None else None


def _disposition(part: Message) -> str:
    value = part.get("content-disposition")
    return str(value).split(";", 1)[0].strip().lower() if value is not None else ""


class _Params:
    """``Message.get_param`` for one part, each header's parameters parsed once (the stdlib
    parses the header again for every parameter asked for), errors included."""

    def __init__(self, part: Message) -> None:
        self._part = part
        self._parsed: dict[str, list[tuple[str, Any]] | Exception | None] = {}

    def get(self, name: str, failobj: object, header: str = "content-type") -> Any:
        """``part.get_param(name, failobj, header)``, ``name`` and ``header`` lower-case."""
        parsed = self._parsed.get(header, self)
        if parsed is self:
            try:  # None when there is no such header
                parsed = self._part._get_params_preserve(None, header)  # type: ignore[attr-defined]
            except Exception as error:
                parsed = error
            self._parsed[header] = parsed  # type: ignore[assignment]
        if isinstance(parsed, Exception):
            raise parsed
        if parsed is None:
            return failobj
        for key, value in parsed:  # type: ignore[union-attr]
            if key.lower() == name:
                return _unquotevalue(value)
        return failobj


_MISSING = object()


def _get_filename(params: _Params) -> str | None:
    """``Message.get_filename()``."""
    filename = params.get("filename", _MISSING, "content-disposition")
    if filename is _MISSING:
        filename = params.get("name", _MISSING)
    if filename is _MISSING:
        return None
    return str(collapse_rfc2231_value(filename).strip())


def _get_content_charset(params: _Params) -> str | None:
    """``Message.get_content_charset()``."""
    charset = params.get("charset", _MISSING)
    if charset is _MISSING:
        return None
    if isinstance(charset, tuple):
        # RFC 2231 encoded: decoded with its own charset, when it can be
        try:
            charset = str(charset[2].encode("raw-unicode-escape"), charset[0] or "us-ascii")
        except (LookupError, UnicodeError):
            charset = charset[2]
    try:
        charset.encode("us-ascii")
    except UnicodeError:
        return None
    return str(charset.lower())


def _filename(params: _Params) -> str | None:
    try:
        name = _get_filename(params)
    except Exception:
        return None
    if name is None:
        return None
    name = raw_to_text(str(name))
    return decode_words(name) if "=?" in name else name


def _payload(part: Message) -> bytes:
    """``part.get_payload(decode=True)`` as bytes, b"" when it fails."""
    try:
        payload = part._payload  # type: ignore[attr-defined]
        if isinstance(payload, str) and payload.isascii() and str(
                part.get("content-transfer-encoding", "")).lower() == "base64":
            # as the stdlib decodes it, its line ends dropped by replacing rather than by
            # splitting into lines and joining them
            data, defects = decode_b(payload.encode("ascii").replace(b"\r", b"").replace(
                b"\n", b""))
            for defect in defects:
                part.policy.handle_defect(part, defect)  # type: ignore[attr-defined]
        else:
            data = part.get_payload(decode=True)
    except Exception:
        return b""
    return data if isinstance(data, bytes) else b""


def _charset(params: _Params) -> str | None:
    try:
        charset = _get_content_charset(params)
    except Exception:
        return None
    return str(charset) if charset else None


def _leaf(part: Message, body: _Body) -> None:
    try:
        # "text/html charset=x" (a missing ";") comes back whole from the stdlib
        content_type = (part.get_content_type().split() or ["text/plain"])[0]
    except Exception:
        content_type = "application/octet-stream"
    if content_type.startswith("multipart/"):
        content_type = "text/plain"  # no usable boundary: the stdlib kept it as text
    disposition = _disposition(part)
    params = _Params(part)
    filename = _filename(params)
    is_text = content_type in ("text/plain", "text/html")
    if is_text and disposition != "attachment" and filename is None:
        text = decode_bytes(_payload(part), _charset(params))
        if "\r" in text:
            # every "\r\n", then every other "\r", as "\n"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if content_type == "text/plain":
            body.plain.append(text)
        else:
            body.html.append(text)
        return
    data = _payload(part)
    body.attachments.append(attachment_rules.describe(filename, content_type, data))
    if content_type == "text/html" or (filename or "").lower().endswith((".html", ".htm")):
        # a local page with a form is where typed passwords are sent: keep its targets
        page = html_to_text(decode_bytes(data[:MAX_TEXT_CHARS], _charset(params)))
        if page.has_form:
            body.has_form = True
            body.links.extend(link for link in page.links if not link.text)


def _walk(message: Message, body: _Body) -> None:
    """Every part, iteratively, with the caps checked again on the parsed tree."""
    stack: list[tuple[Message, int]] = [(message, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_PARTS + 1:
            body.warn(WARN_TOO_MANY_PARTS)
            return
        payload = part._payload  # type: ignore[attr-defined]
        if isinstance(payload, str) and not payload.isascii():
            # 8-bit text is decoded by get_payload with the part's charset, which may fail
            payload = part.get_payload()
        if isinstance(payload, list):
            if depth >= MAX_DEPTH:
                body.warn(WARN_TOO_DEEP)
                continue
            children = [child for child in payload if isinstance(child, Message)]
            stack.extend((child, depth + 1) for child in reversed(children))
            continue
        try:
            _leaf(part, body)
        except Exception:  # one broken part must not lose the rest of the message
            body.warn(WARN_UNREADABLE_PART)


def _merge_links(*groups: tuple[Link, ...] | list[Link]) -> tuple[tuple[Link, ...], bool]:
    """Links in order, without duplicates; a bare URL already seen as an HTML target is
    dropped (the plain-text alternative repeats the HTML links)."""
    seen: set[tuple[str, str]] = set()
    targets: set[str] = set()
    merged: list[Link] = []
    for group in groups:
        for link in group:
            key = (link.target, link.text)
            if key in seen or (not link.text and link.target in targets):
                continue
            seen.add(key)
            targets.add(link.target)
            merged.append(link)
            if len(merged) >= MAX_LINKS:
                return tuple(merged), True
    return tuple(merged), False


def parse_eml(data: bytes) -> ParsedMessage:
    """Parse raw email bytes; hostile input ends in a result (with warnings) or an
    ``AnalysisError`` whose message is a plain sentence, never in another exception."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(len(data))
    cleaned, warnings = _prescan(bytes(data))
    try:
        message = _parse_message(cleaned)
    except Exception as error:  # RecursionError and the like, whatever got past the caps
        raise AnalysisError("This message is built in a way that cannot be read safely.") \
            from error
    body = _Body()
    try:
        _walk(message, body)
    except Exception as error:
        raise AnalysisError("This message is built in a way that cannot be read safely.") \
            from error

    header = _Headers(message).text
    raw_from = header("from")
    sender_name, sender_address = sender(raw_from) if raw_from else (None, None)
    raw_reply = header("reply-to")
    reply_to = tuple(a for _, a in addresses(raw_reply) if a) if raw_reply else ()
    raw_return = header("return-path")
    return_path = raw_return.strip().strip("<>").strip() or None if raw_return else None
    raw_date = header("date")
    subject = decode_words(header("subject") or "").strip()
    # The topmost one is added by the receiving server; lower ones may be forged by the sender.
    failed_checks = auth_failures(header("authentication-results"))

    html_links: list[Link] = []
    html_texts: list[str] = []
    for page in map(html_to_text, body.html):
        html_links.extend(page.links)
        html_texts.append(page.text)
        body.has_form = body.has_form or page.has_form
        if page.truncated:
            body.warn(WARN_HTML_TRUNCATED)
    plain = "\n\n".join(text.strip() for text in body.plain if text.strip())
    text = plain or "\n\n".join(t for t in html_texts if t)
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        body.warn(WARN_TEXT_TRUNCATED)
    links, capped = _merge_links(html_links, find_links(plain[:MAX_TEXT_CHARS]), body.links)
    if capped:
        body.warn(WARN_TOO_MANY_LINKS)
    all_warnings = tuple(dict.fromkeys([*warnings, *body.warnings]))
    return ParsedMessage(
        channel="email",
        sender_name=sender_name,
        sender_address=sender_address,
        reply_to=reply_to,
        return_path=return_path,
        date=parse_date(raw_date) if raw_date else None,
        subject=subject[:MAX_HEADER_BYTES],
        text=text,
        links=links,
        attachments=tuple(body.attachments),
        has_html_form=body.has_form,
        size=len(data),
        warnings=all_warnings,
        auth_failures=failed_checks,
    )
