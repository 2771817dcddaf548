"""The storage tests' fixtures on top of ``store`` (tests/conftest.py): workspace T1 and one offer in it."""

from __future__ import annotations

from datetime import date

import pytest

from storage import Store, StoredOffer, WorkspaceStore


@pytest.fixture
def ws(store: Store) -> WorkspaceStore:
    return store.workspace("T1")


@pytest.fixture
def offer(ws: WorkspaceStore) -> StoredOffer:
    return ws.add_offer("Cloud Platform", "competency", date(2024, 6, 1), actor="U1")
