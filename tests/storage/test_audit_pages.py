"""The audit log a page at a time (the History modal): newest first, pages that neither overlap nor skip,
and never another workspace's rows."""

from __future__ import annotations

from storage import Store


def test_pages_are_newest_first_without_gaps(store: Store) -> None:
    ws = store.workspace("T1")
    for i in range(25):
        ws.add_offer(f"Offer {i:02d}", "competency", "2021-03-10", actor="U1")
    store.workspace("T2").add_offer("Other", "competency", "2021-03-10", actor="U1")
    everything = ws.audit_log(1000)
    pages = [ws.audit_log(10, offset) for offset in (0, 10, 20, 30)]
    assert [e for page in pages for e in page] == everything
    assert pages[0][0].target == "Offer 24" and pages[3] == []
    assert all(e.target != "Other" for e in everything)
    assert ws.audit_log(10, -5) == pages[0]  # a negative offset is the first page
