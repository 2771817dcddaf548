"""Property tests over the rules: orderings and invariants that must hold for every date."""

from __future__ import annotations

import ast
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rules import (
    Kind,
    Offer,
    Phase,
    ReminderKind,
    RenewalError,
    assess,
    extension_eligibility,
    reminders,
    renew,
    timeline,
)
from tests.paths import ROOT

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
kinds = st.sampled_from(list(Kind))
names = st.text(min_size=1, max_size=40)
offers = st.builds(Offer, name=names, kind=kinds, anniversary=dates)
PHASE_ORDER = list(Phase)


@given(offers, dates)
def test_dates_are_ordered(offer: Offer, today: date) -> None:
    a = assess(offer, today)
    before, after = a.reminder_dates
    assert before < offer.anniversary < a.window_opens <= after <= a.last_day_to_renew < a.benefits_lost_on
    assert a.benefits_lost_on - a.last_day_to_renew == timedelta(days=1)
    assert a.next_anniversary - offer.anniversary == timedelta(days=365)
    assert a.days_to_deadline == (a.last_day_to_renew - today).days


@given(offers, dates, st.integers(min_value=0, max_value=800))
def test_phase_is_a_step_function_that_only_moves_forward(offer: Offer, today: date, gap: int) -> None:
    later = today + timedelta(days=gap)
    assert PHASE_ORDER.index(assess(offer, today).phase) <= PHASE_ORDER.index(assess(offer, later).phase)


@given(offers, dates)
def test_phase_matches_the_boundaries(offer: Offer, today: date) -> None:
    offset = (today - offer.anniversary).days
    expected = (
        Phase.ACTIVE
        if offset < -15
        else Phase.DUE_SOON
        if offset <= 0
        else Phase.GRACE
        if offset <= 30
        else Phase.LAPSED
    )
    assert assess(offer, today).phase is expected


@given(offers, st.integers(min_value=-400, max_value=400))
def test_renew_succeeds_exactly_inside_the_window(offer: Offer, offset: int) -> None:
    on = offer.anniversary + timedelta(days=offset)
    if 1 <= offset <= 30:
        renewed = renew(offer, on)
        assert renewed.anniversary == offer.anniversary + timedelta(days=365)
        assert assess(renewed, on).phase is Phase.ACTIVE
    else:
        try:
            renew(offer, on)
        except RenewalError as err:
            assert err.code == ("window_not_open" if offset < 1 else "window_closed")
        else:
            raise AssertionError("renewal outside the window was accepted")


@given(offers, st.integers(min_value=1, max_value=30), st.integers(min_value=1, max_value=5))
def test_repeated_renewals_never_skip_a_cycle(offer: Offer, offset: int, cycles: int) -> None:
    current = offer
    for _ in range(cycles):
        current = renew(current, current.anniversary + timedelta(days=offset))
    assert current.anniversary == offer.anniversary + timedelta(days=365 * cycles)


@given(offers, st.booleans())
def test_eligibility_only_inside_the_date_range(offer: Offer, moved: bool) -> None:
    e = extension_eligibility(offer, moved)
    in_range = date(2021, 1, 1) <= offer.anniversary <= date(2021, 6, 30)
    if e.eligible:
        assert in_range and moved
    assert e.eligible == (not e.reasons)
    assert ("anniversary_outside_extension_period" in e.reasons) == (not in_range)
    assert ("membership_not_in_partner_center" in e.reasons) == (not moved)


@given(offers)
def test_timeline_is_sorted_and_matches_assessment(offer: Offer) -> None:
    events = timeline(offer)
    assert list(events) == sorted(events, key=lambda e: e.on)
    a = assess(offer, offer.anniversary)
    assert {e.on for e in events} >= {
        *a.reminder_dates,
        a.window_opens,
        a.last_day_to_renew,
        a.benefits_lost_on,
    }


@given(offers, dates)
def test_reminders_are_sendable_only_while_they_mean_something(offer: Offer, day: date) -> None:
    before, after = reminders(offer)
    assert before.kind is ReminderKind.BEFORE and after.kind is ReminderKind.AFTER
    assert before.is_sendable_on(day) == (offer.anniversary - timedelta(days=15) <= day <= offer.anniversary)
    a = assess(offer, day)
    assert after.is_sendable_on(day) == (after.due_on <= day <= a.last_day_to_renew)


def test_rules_imports_only_the_standard_library() -> None:
    """rules/ is pure: no I/O libraries, no Slack, no SQLite, no clock."""
    import sys

    allowed = set(sys.stdlib_module_names) - {"sqlite3", "socket", "os", "io", "time", "urllib", "http"}
    for path in (ROOT / "rules").glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                mods = [node.module or ""]
            else:
                continue
            for mod in mods:
                top = mod.split(".")[0]
                assert top == "rules" or top == "__future__" or top in allowed, f"{path} imports {mod}"
        source = path.read_text()
        assert "date.today" not in source and "datetime.now" not in source, f"{path} reads the clock"
