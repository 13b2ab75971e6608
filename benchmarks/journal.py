"""The journal with 100,000 entries: insert rate, first rows, search latency, memory, start-up.

    python benchmarks/journal.py [--entries 100000] [--runs 7] [--warmup 1] [--no-startup]

Prints one JSON object:
- ``insert``: entries per second through ``Journal.add_many`` (validation, masking, sender
  normalisation, FTS indexing; batches of 1,000 in one transaction each), and the file size;
- ``first_rows``: what the journal page runs first, the newest 50 entries of the active
  profile (no count), on a store just opened (``cold``: a new connection) and again (``warm``);
- ``search``: p50/p95 over ~30 queries x 5 rounds (words, accentless words, prefixes as typed,
  phone numbers written several ways), newest 50 matches each;
- ``peak_rss_mb``: this process's peak resident memory (``ru_maxrss``), which built the store,
  and ``children_peak_rss_mb`` (the app starts);
- ``startup``: ``vigilance --quit-after-startup`` on that 100,000-entry store against the bare
  PySide6 window, alternating, with ``benchmarks/startup.py``'s functions (keyring-mode store,
  real gnome-keyring in a private D-Bus session, as there).
Targets: search p95 <= 30 ms; first rows <= 150 ms; peak memory <= 250 MB;
start-up ratio <= 2.0. Stores live in a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import startup  # noqa: E402  (benchmarks/startup.py: keyring session, timing helpers)

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
TARGETS = {"search_p95_ms": 30, "first_rows_ms": 150, "peak_rss_mb": 250, "ratio": 2.0}
BATCH = 1000

SMS_TEMPLATES = [
    "Assurance Maladie : votre remboursement de {amount} EUR est en attente, confirmez vos "
    "coordonnées sur {url}",
    "Votre colis n°{ref} est bloqué à l'entrepôt, des frais de {amount} EUR sont à régler : {url}",
    "ANTAI : avis de contravention impayé. Réglez {amount} EUR avant majoration : {url}",
    "Votre carte Vitale expire, commandez la nouvelle avant le {day} : {url}",
    "Mon Compte Formation : il vous reste {amount} € de droits CPF, dernier jour : {url}",
    "Coucou maman, j'ai changé de numéro, tu peux m'aider pour une facture urgente ?",
    "Sécurité bancaire : une opération de {amount} € est en cours, appelez le {phone}",
]
EMAIL_SUBJECTS = [
    "Remboursement d'impôt en attente", "Votre compte ameli doit être vérifié",
    "Alerte de sécurité sur votre compte", "Dernier rappel : amende impayée",
    "Votre colis n'a pas pu être livré", "Mise à jour de votre carte Vitale",
    "Confirmez vos informations bancaires", "Votre abonnement a été suspendu",
]
FILLER_TEXT = ("Madame, Monsieur, suite à une vérification de votre dossier nous avons "
               "constaté une anomalie. Afin d'éviter la suspension de vos droits, merci de "
               "compléter le formulaire sécurisé dans les plus brefs délais. Sans réponse de "
               "votre part sous 48 heures, votre compte sera bloqué et des frais "
               "supplémentaires appliqués. Cordialement, le service client.")
FILLER = FILLER_TEXT.split()
CALL_NOTES = [
    "Faux conseiller bancaire qui parle d'un virement suspect",
    "Appel pour un prétendu remboursement de la Sécurité sociale",
    "Démarchage CPF très insistant", "Un technicien Microsoft demande d'installer un logiciel",
    "Message vocal : livraison impossible, rappeler ce numéro",
]
DOMAINS = ["ameli-remboursement", "securite-compte", "colis-suivi", "antai-paiement",
           "cpf-droits", "impots-remboursement", "carte-vitale-info", "banque-alerte"]
TLDS = ["info", "com", "xyz", "top", "online", "fr-secure.com"]
ORGS = ["assurance_maladie", "antai", "cpf", "impots", "caf", "la_poste", "chronopost", None]
CHANNELS = (["sms"] * 40 + ["email"] * 30 + ["phone_call"] * 12 + ["voicemail"] * 5
            + ["messaging"] * 6 + ["letter"] * 3 + ["website"] * 4)


def mobile(rng: random.Random) -> str:
    return "0" + rng.choice("67") + "".join(rng.choice("0123456789") for _ in range(8))


def written(number: str, rng: random.Random) -> str:
    """A French number as people write it."""
    style = rng.randrange(5)
    if style == 0:
        return number
    if style == 1:
        return " ".join(number[i:i + 2] for i in range(0, 10, 2))
    if style == 2:
        return "+33" + number[1:]
    if style == 3:
        return "+33 " + number[1] + " " + " ".join(number[i:i + 2] for i in range(2, 10, 2))
    return ".".join(number[i:i + 2] for i in range(0, 10, 2))


class Generator:
    def __init__(self, seed: int = 4) -> None:
        self.rng = random.Random(seed)
        self.phones = [mobile(self.rng) for _ in range(6000)]
        self.sites = [f"{self.rng.choice(DOMAINS)}-{i}.{self.rng.choice(TLDS)}"
                      for i in range(3000)]
        self.addresses = [f"{self.rng.choice(['service', 'contact', 'noreply', 'info'])}"
                          f"{i}@{self.rng.choice(self.sites)}" for i in range(4000)]

    def phone(self) -> str:
        # A few senders come back often (repeat senders), most once or twice.
        index = (int(self.rng.paretovariate(1.2)) - 1) % len(self.phones)
        return self.phones[index]

    def draft(self, when: datetime) -> Any:
        from vigilance_app.journal.repository import EntryDraft, FlagDraft

        rng = self.rng
        channel = rng.choice(CHANNELS)
        site = rng.choice(self.sites)
        url = f"https://{site}/{rng.randrange(10**6)}"
        fill = {"amount": f"{rng.randrange(1, 900)},{rng.randrange(100):02d}",
                "url": url, "ref": str(rng.randrange(10**9)), "day": f"{rng.randrange(1, 29)}/"
                f"{rng.randrange(1, 13)}", "phone": written(self.phone(), rng)}
        senders: list[str] = []
        mentioned: list[str] = []
        raw = None
        if channel in ("sms", "messaging"):
            body = rng.choice(SMS_TEMPLATES).format(**fill)
            summary = body[:90]
            senders = [written(self.phone(), rng)]
            mentioned = [site]
        elif channel == "email":
            summary = rng.choice(EMAIL_SUBJECTS)
            words = rng.randrange(80, 300)
            body = " ".join(rng.choice(FILLER) for _ in range(words)) + f" {url}"
            senders = [rng.choice(self.addresses)]
            mentioned = [site]
            if rng.random() < 0.1:  # imported .eml: keep the original bytes (text + HTML)
                raw = (f"From: {senders[0]}\r\nSubject: {summary}\r\n\r\n{body}\r\n"
                       ).encode() * 2
        elif channel == "website":
            summary = f"Page de connexion imitée : {site}"
            body = ""
            mentioned = [url]
        else:
            summary = rng.choice(CALL_NOTES)
            body = summary + ". " + " ".join(rng.choice(FILLER) for _ in range(30))
            senders = [written(self.phone(), rng)] if channel != "letter" else []
        risk = rng.choice(["high", "high", "medium", "low", None])
        reactions = ["ignored"] if rng.random() < 0.6 else []
        if rng.random() < 0.03:
            reactions = [rng.choice(["clicked_link", "gave_card_details", "replied",
                                     "called_back"])]
        return EntryDraft(
            received_at=when, channel=channel, senders=senders, mentioned=mentioned,
            claimed_org_id=rng.choice(ORGS), summary=summary, body=body, risk=risk,
            status="handled" if rng.random() < 0.7 else "new", reactions=reactions,
            flags=[FlagDraft(code) for code in rng.sample(
                ["urgency", "impersonation", "non_official_domain", "payment_request",
                 "asks_bank_details", "sender_mobile_number"], rng.randrange(0, 4))],
            tags=["colis"] if "colis" in body and rng.random() < 0.3 else [],
            raw_eml=raw)


def fill_store(store: Any, entries: int, gen: Generator) -> dict[str, Any]:
    from vigilance_app.journal.repository import Journal

    profiles = [p.id for p in store.profiles()]
    journal = Journal(store)
    # Spread over 6 years, 70% for the active (first) profile.
    span = timedelta(days=6 * 365).total_seconds()
    start = time.perf_counter()
    done = 0
    while done < entries:
        n = min(BATCH, entries - done)
        for profile in profiles:
            share = 0.7 if profile == profiles[0] else 0.3 / max(1, len(profiles) - 1)
            count = round(n * share) if profile != profiles[-1] or len(profiles) == 1 else \
                n - sum(round(n * (0.7 if p == profiles[0] else 0.3 / (len(profiles) - 1)))
                        for p in profiles[:-1])
            if count <= 0:
                continue
            when = [NOW - timedelta(seconds=gen.rng.random() * span) for _ in range(count)]
            journal.add_many(profile, [gen.draft(w) for w in when], NOW)
        done += n
    elapsed = time.perf_counter() - start
    return {"entries": entries, "seconds": round(elapsed, 2),
            "entries_per_s": round(entries / elapsed, 1),
            "store_mb": round(sum(f.stat().st_size for f in store.path.parent.glob(
                store.path.name + "*")) / 1e6, 1)}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def search_queries(gen: Generator) -> list[str]:
    number = gen.phones[0]  # the most frequent sender
    other = gen.phones[57]
    return [
        "remboursement", "securite", "sécurité", "SECURITE", "colis", "carte vitale",
        "amende impayee", "conseiller bancaire", "cpf", "impots", "facture urgente",
        "rembour", "secu", "col", "vit", "ban", "ameli", "formulaire securise",
        "technicien microsoft", "antai majoration", "entrepot", "compte bloque",
        number, " ".join(number[i:i + 2] for i in range(0, 10, 2)), "+33" + number[1:],
        "0033 " + number[1:], number[:6], other, "+33 " + other[1] + " " + other[2:4],
        "introuvablezzz",
    ]


def measure_journal(store_path: Path, key: bytes, profile_id: int, gen: Generator,
                    rounds: int = 5) -> dict[str, Any]:
    from vigilance_app.journal.repository import Journal, JournalQuery
    from vigilance_app.store.store import Store

    cold: list[float] = []
    warm: list[float] = []
    for _ in range(5):
        start = time.perf_counter()
        store = Store(store_path, key)
        rows = Journal(store).rows(profile_id, JournalQuery(), 0, 50)
        cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        Journal(store).rows(profile_id, JournalQuery(), 0, 50)
        warm.append(time.perf_counter() - start)
        store.close()
    assert len(rows) == 50
    store = Store(store_path, key)
    journal = Journal(store)
    queries = search_queries(gen)
    latencies: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    hits: dict[str, int] = {}
    for _ in range(rounds):
        for q in queries:
            start = time.perf_counter()
            found = journal.rows(profile_id, JournalQuery(text=q), 0, 50)
            elapsed = time.perf_counter() - start
            latencies.append(elapsed)
            per_query[q].append(elapsed)
            hits[q] = len(found)
    start = time.perf_counter()
    total = journal.count(profile_id)
    count_s = time.perf_counter() - start
    slowest = sorted(((statistics.median(v), q) for q, v in per_query.items()), reverse=True)
    store.close()
    return {
        "first_rows": {"cold_ms": round(statistics.median(cold) * 1000, 2),
                       "warm_ms": round(statistics.median(warm) * 1000, 2),
                       "cold_max_ms": round(max(cold) * 1000, 2)},
        "count_active_profile": {"entries": total, "ms": round(count_s * 1000, 2)},
        "search": {"queries": len(queries), "rounds": rounds,
                   "p50_ms": round(percentile(latencies, 50) * 1000, 2),
                   "p95_ms": round(percentile(latencies, 95) * 1000, 2),
                   "max_ms": round(max(latencies) * 1000, 2),
                   "slowest": [{"query": q, "median_ms": round(t * 1000, 2), "hits": hits[q]}
                               for t, q in slowest[:5]],
                   "phone_hits": {q: hits[q] for q in queries[22:27]}},
    }


def measure_startup(data_dir: Path, runs: int, warmup: int) -> dict[str, Any]:
    env = dict(os.environ)
    app_cmd = [*startup.vigilance_command(), "--data-dir", str(data_dir),
               "--quit-after-startup"]
    bare_cmd = [sys.executable, "-c", startup.BARE_WINDOW]
    app_times: list[float] = []
    bare_times: list[float] = []
    for i in range(warmup + runs):
        a = startup.timed(app_cmd, env)
        b = startup.timed(bare_cmd, env)
        if i >= warmup:
            app_times.append(a)
            bare_times.append(b)
    ratio = statistics.median(app_times) / statistics.median(bare_times)
    return {"app_100k": startup.summary(app_times), "bare_pyside6_window":
            startup.summary(bare_times), "ratio": round(ratio, 3)}


def build(work: Path, entries: int, with_keyring: bool) -> tuple[Path, bytes, int]:
    """A store with three profiles; keyring mode (made by ``vigilance init``) when the app
    start-up is measured, else a store with a random key."""
    from vigilance_app.paths import DataPaths
    from vigilance_app.store.models import Relationship
    from vigilance_app.store.store import create_store, open_store

    data_dir = work / "store"
    if with_keyring:
        from vigilance_app.vault import KeyringAccess, Vault

        made = startup.run([*startup.vigilance_command(), "--data-dir", str(data_dir), "init",
                            "--name", "Moi"])
        if made.returncode != 0:
            raise RuntimeError(f"init (keyring mode) failed: {made.stderr.strip()[-300:]}")
        key = Vault(DataPaths(data_dir), keyring=KeyringAccess()).unlock_unattended()
        store = open_store(DataPaths(data_dir), key)
    else:
        key = os.urandom(32)
        store = create_store(DataPaths(data_dir), key)
        store.add_profile("Moi", Relationship.SELF)
    store.add_profile("Maman", Relationship.RELATIVE)
    store.add_profile("Papa", Relationship.RELATIVE)
    return data_dir, key, store  # type: ignore[return-value]


def measure(args: argparse.Namespace) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="vigilance-bench-journal-"))
    try:
        data_dir, key, store = build(work, args.entries, not args.no_startup)
        gen = Generator()
        profile_id = store.active_profile().id
        insert = fill_store(store, args.entries, gen)
        path = store.path
        store.close()
        result: dict[str, Any] = {"ok": True, "insert": insert}
        result.update(measure_journal(path, key, profile_id, gen))
        result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                      / 1024, 1)
        if not args.no_startup:
            # The 360 MB just written are still being flushed by the kernel, and the app's few
            # fsyncs at start would wait behind them: measure the start-up, not that flush.
            os.sync()
            result["startup"] = measure_startup(data_dir, args.runs, args.warmup)
            result["children_peak_rss_mb"] = round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
        result["targets"] = TARGETS
        result["targets_met"] = {
            "search_p95": result["search"]["p95_ms"] <= TARGETS["search_p95_ms"],
            "first_rows": result["first_rows"]["cold_ms"] <= TARGETS["first_rows_ms"],
            "peak_rss": result["peak_rss_mb"] <= TARGETS["peak_rss_mb"],
        }
        if "startup" in result:
            result["targets_met"]["startup_ratio"] = result["startup"]["ratio"] <= \
                TARGETS["ratio"]
        result["cpus"] = os.cpu_count()
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7, help="measured app/bare starts (7)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured starts (1)")
    parser.add_argument("--no-startup", action="store_true",
                        help="skip the app start-up (no keyring session needed)")
    args = parser.parse_args(argv)
    if not args.no_startup and os.environ.get(startup.SESSION_MARK) != "1":
        # startup.py re-runs "its own file" in the keyring session: point it at this one.
        startup.__file__ = __file__
        return startup.reexec_in_keyring_session(argv)
    try:
        result = measure(args)
    except (RuntimeError, OSError, ValueError, KeyError) as exc:
        print(json.dumps({"ok": False, "error": str(exc)}))
        return 1
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
