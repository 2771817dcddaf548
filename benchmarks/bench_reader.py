"""The DM reader through the real ``read_dm`` path: a 500-character message against a workspace of 100 offers.

Target (DESIGN.md §3, issue 14): under 2 ms warm. "Warm" means the process has read a DM before (imports
done, the workspace's offer index built); every timed message is new, with its own random typos, so the
per-word cache only helps with the words real messages share. ``read_dm`` includes what a DM costs in
production: the workspace's offers and aliases read from SQLite, the reader, and the dates in the message.
Printed side by side in one run: the same messages through ``understand`` alone, and the offers read alone.
The cold figure is the first DM of a fresh process (dateparser's lazy import included when the message
needs it), after ``prepare`` (the app reads the second opinion's model when it is built). Scale with MPN_BENCH_SAMPLES.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.core.conversation import Conversation
from bot.core.people import Person
from bot.dm.answer import read_dm
from bot.language.reader import prepare, understand
from storage import Store

SAMPLES = int(os.environ.get("MPN_BENCH_SAMPLES", "2000"))
TEAM = "TBENCH"
_WORDS = [
    "Kubernetes",
    "Azure",
    "Cloud",
    "Platform",
    "Business",
    "Applications",
    "Data",
    "Analytics",
    "Security",
    "Windows",
    "Server",
    "SQL",
    "Migration",
    "Modern",
    "Work",
    "Identity",
    "Access",
    "Management",
    "Teams",
    "Calling",
    "Meetings",
    "Rooms",
    "Virtual",
    "Desktop",
    "Low",
    "Code",
    "Application",
    "Development",
    "Integration",
    "Collaboration",
    "Content",
    "Communications",
    "Datacenter",
    "DevOps",
    "Enterprise",
    "Mobility",
    "Learning",
    "Messaging",
    "Project",
    "Portfolio",
    "Small",
    "Midmarket",
    "Solutions",
    "Devices",
    "Linux",
    "Open",
    "Source",
    "Databases",
    "Web",
    "Networking",
    "Threat",
    "Protection",
    "Information",
    "Protection",
    "Governance",
    "Adoption",
    "Change",
    "SAP",
]
_MESSAGE = (
    "Hi there :wave: <@U024BE7LH> sorry to bother you again, quick question from the finance team: "
    "could you please tell me when exactly we would lose the benefits for the kubernets on azure "
    "specialisation if we do not manage to renew it in partner center before the end of next month? "
    "Our admin is on holiday until 12 April and I really don't want to miss the deadline, because the "
    "gold cloud business apps renewal last year was a mess. Also, do we still have benefits on 2021-05-01 "
    "for security? Thanks a lot in advance, and have a nice weekend! Kind regards, Sam from the MPN team"
)


def offer_names(count: int) -> list[str]:
    rng = random.Random(3)
    names: set[str] = {
        "Kubernetes on Azure",
        "Gold Cloud Business Applications",
        "Security",
        "Cloud Platform",
    }
    while len(names) < count:
        names.add(" ".join(rng.sample(_WORDS, rng.randint(2, 4))))
    return sorted(names)


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or rng.random() > 0.15:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def message(rng: random.Random) -> str:
    text = " ".join(typo(w, rng) for w in _MESSAGE.split())
    return (text + " " + "x" * 500)[:500]


def conversation(store: Store) -> Conversation:
    ws = store.workspace(TEAM)
    return Conversation(ws, ws.settings(), Person("UBENCH", locale="en-US"), "en", date(2021, 3, 20))


def timed(fn: object, inputs: list[str]) -> list[float]:
    out = []
    for text in inputs:
        started = time.perf_counter()
        fn(text)  # type: ignore[operator]
        out.append((time.perf_counter() - started) * 1000)
    return out


def p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99) - 1]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.db", lambda: datetime(2021, 3, 20, 9, tzinfo=UTC))
        store.install_workspace(TEAM, time_zone="Europe/Amsterdam", installer_user_id="UBENCH")
        ws = store.workspace(TEAM)
        names = offer_names(100)
        rows = ["name,kind,anniversary"] + [
            f"{n},competency,{date(2020, 6, 1) + timedelta(days=7 * i)}" for i, n in enumerate(names)
        ]
        ws.import_csv("\n".join(rows), actor="bench")
        ws.add_alias("Kubernetes on Azure", "k8s", actor="UBENCH")
        conv = conversation(store)
        rng = random.Random(11)
        first = message(rng)
        assert len(first) == 500
        prepare()  # as the app does when it is built (the second opinion's model): not the first DM's cost
        started = time.perf_counter()
        question = read_dm(first, conv)
        cold = (time.perf_counter() - started) * 1000
        assert question.understood.offer is None or question.understood.offer in names
        for _ in range(50):  # warm-up: other messages, so the timed ones are new
            read_dm(message(rng), conv)
        messages = [message(rng) for _ in range(SAMPLES)]
        offers = [o.name for o in ws.offers()]
        aliases = tuple(ws.offer_aliases())
        reader = timed(lambda text: read_dm(text, conv), messages)
        # other new messages: on read_dm's own, the per-word cache read_dm just filled would flatter it
        others = [message(rng) for _ in range(SAMPLES)]
        alone = timed(lambda text: understand(text, offers, aliases), others)
        storage = timed(lambda text: (ws.offers(), ws.offer_aliases()), messages[:500])
        store.close()
    dm, bare = statistics.median(reader), statistics.median(alone)
    print(f"DM reader, 500 characters, {len(names)} offers, {SAMPLES} new messages each")
    print(f"  read_dm (the real path)   median {dm:.3f} ms  p99 {p99(reader):.3f} ms  (target < 2 ms warm)")
    print(f"  understand alone          median {bare:.3f} ms  p99 {p99(alone):.3f} ms")
    print(f"  offers + aliases read     median {statistics.median(storage):.3f} ms")
    print(f"  read_dm / understand      {dm / bare:.2f}x")
    print(f"  cold (first DM of the process, imports and index included) {cold:.1f} ms")
    print(f"  warm target met: {'yes' if dm < 2.0 else 'NO'}")


if __name__ == "__main__":
    main()
