"""One call from a parsed message to what the person sees: flags, risk and the details."""

from __future__ import annotations

from dataclasses import dataclass

from vigilance_app.analysis import domains, flags, risk, score, text_model
from vigilance_app.analysis.links import LinkInfo
from vigilance_app.analysis.message import Attachment, ParsedMessage
from vigilance_app.analysis.money import Amount
from vigilance_app.analysis.phones import Phone


@dataclass(frozen=True)
class Sender:
    name: str | None
    address: str | None
    domain: str | None  # registrable domain of the address, when it is an email
    reply_to: tuple[str, ...]
    return_path: str | None

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "address": self.address, "domain": self.domain,
                "reply_to": list(self.reply_to), "return_path": self.return_path}


@dataclass(frozen=True)
class Analysis:
    channel: str
    sender: Sender
    subject: str
    links: tuple[LinkInfo, ...]
    phones: tuple[Phone, ...]
    amounts: tuple[Amount, ...]
    organizations: tuple[str, ...]  # ids of the organisations the message claims to be
    attachments: tuple[Attachment, ...]
    flags: tuple[flags.RedFlag, ...]
    risk: risk.Risk
    warnings: tuple[str, ...] = ()  # parsing limits hit: part of the message was not read

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.flags)

    def to_json(self) -> dict[str, object]:
        return {
            "risk": self.risk.level,
            "score": self.risk.score,
            "risk_reasons": list(self.risk.reasons),
            "scam_words": list(self.risk.words),
            "complete": self.risk.complete,
            "warnings": list(self.warnings),
            "flags": [f.to_json() for f in self.flags],
            "channel": self.channel,
            "sender": self.sender.to_json(),
            "subject": self.subject,
            "links": [link.to_json() for link in self.links],
            "phones": [p.to_json() for p in self.phones],
            "amounts": [a.to_json() for a in self.amounts],
            "organizations": list(self.organizations),
            "attachments": [
                {"name": a.filename, "declared_type": a.declared_type,
                 "sniffed_type": a.sniffed_type, "size": a.size, "dangerous": a.dangerous,
                 "reasons": list(a.reasons)}
                for a in self.attachments
            ],
        }


def analyze(parsed: ParsedMessage) -> Analysis:
    facts = flags.collect(parsed)
    found = flags.evaluate(facts)
    sender = Sender(
        name=parsed.sender_name,
        address=parsed.sender_address,
        domain=domains.registrable_domain(facts.sender_domain or "") if facts.sender_domain
        else None,
        reply_to=parsed.reply_to,
        return_path=parsed.return_path,
    )
    return Analysis(
        channel=parsed.channel,
        sender=sender,
        subject=parsed.subject,
        links=facts.links,
        phones=facts.phones,
        amounts=facts.amounts,
        organizations=tuple(dict.fromkeys(org.id for org, _ in facts.claims)),
        attachments=parsed.attachments,
        flags=found,
        risk=score.assess(parsed, found, text_model.link_domains(facts.links)),
        warnings=parsed.warnings,
    )
