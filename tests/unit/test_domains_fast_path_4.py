"""``is_ip`` and ``to_ascii`` skip work that cannot change their answer: compared with the
code they replaced (kept here) on generated hosts."""

from __future__ import annotations

import ipaddress
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import domains


def _reference_is_ip(host: str) -> bool:
    host = domains.clean_host(host).strip("[]")
    if not host:
        return False
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    return bool(re.fullmatch(r"(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}", host))


def _reference_to_ascii(host: str) -> str | None:
    host = domains.clean_host(host)
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except (UnicodeError, ValueError):
            return None
    return ".".join(labels)


_PIECES = st.sampled_from([
    "1", "12", "255", "256", "0", "00", "0x7f", "0X1", "ff", "fe80", "::", ":", "::1", ".",
    "..", "[", "]", "%eth0", "%", "a", "ameli", "fr", "xn--mli-5ma", "é", "١", "٣", "²", "۱",
    " ", "\t", "。", "．", "-", "_", "1.2.3.4", "2001:db8::1", "::ffff:1.2.3.4", "K",
])
_HOSTS = st.one_of(st.lists(_PIECES, max_size=12).map("".join), st.text(max_size=40))


@settings(max_examples=600, deadline=None)
@given(_HOSTS)
def test_is_ip_answers_as_before(host: str) -> None:
    assert domains.is_ip.__wrapped__(host) == _reference_is_ip(host)


@settings(max_examples=600, deadline=None)
@given(_HOSTS)
def test_to_ascii_answers_as_before(host: str) -> None:
    assert domains.to_ascii.__wrapped__(host) == _reference_to_ascii(host)


def test_known_addresses() -> None:
    for host in ("1.2.3.4", "[2001:db8::1]", "fe80::1%eth0", "3232235521", "0x7f.0.0.1",
                 "0177.0.0.1"):
        assert domains.is_ip.__wrapped__(host), host
    for host in ("ameli.fr", "1.2.3.4.5", "", "a1.2.3.4", "x"):
        assert not domains.is_ip.__wrapped__(host), host
