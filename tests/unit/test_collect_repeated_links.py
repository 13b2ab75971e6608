"""A link written several times in a message is described once, with the same result."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import flags, links
from vigilance_app.analysis.message import Link, ParsedMessage

_TARGETS = st.sampled_from([
    "https://ameli.fr/compte", "http://amel1-remboursement.com/x", "https://bit.ly/abc",
    "mailto:contact@ameli.fr", "https://192.168.0.1/login", "https://xn--mli-5ma.fr/",
    "javascript:alert(1)", "https://exemple.com/%41?a=1#f", "",
])
_TEXTS = st.sampled_from(["", "ameli.fr", "Cliquez ici", "paypal.com", "https://ameli.fr"])


def _message(found: list[Link]) -> ParsedMessage:
    return ParsedMessage(channel="email", sender_name="Ameli", sender_address="x@exemple.com",
                         subject="Remboursement", text="Bonjour", links=tuple(found))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.builds(Link, _TARGETS, _TEXTS), max_size=30))
def test_each_link_described_as_alone(found: list[Link]) -> None:
    facts = flags.collect(_message(found))
    assert facts.links == tuple(links.describe(link) for link in found[: links.MAX_FOUND])


def test_repeated_links_keep_their_places_and_count() -> None:
    a, b = Link("https://ameli.fr/a", "ameli.fr"), Link("https://evil.example/b", "ameli.fr")
    facts = flags.collect(_message([a, b, a, a, b]))
    assert [info.target for info in facts.links] == [a.target, b.target, a.target, a.target,
                                                     b.target]
