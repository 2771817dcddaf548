"""The deployment files say what README promises: a non-root container with a health check and a volume,
a systemd unit that stops with SIGTERM."""

from __future__ import annotations

from tests.paths import ROOT


def test_the_dockerfile_runs_as_a_non_root_user_with_a_health_check_and_a_volume() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert "FROM python:3.11-slim" in text
    assert "\nUSER mpn\n" in text and 'VOLUME ["/data"]' in text
    assert "HEALTHCHECK" in text and "/healthz" in text
    assert 'CMD ["mpn-bot", "run"]' in text


def test_the_systemd_unit_stops_with_sigterm_and_keeps_its_state() -> None:
    text = (ROOT / "deploy" / "mpn-bot.service").read_text()
    for line in ("KillSignal=SIGTERM", "StateDirectory=mpn-bot", "EnvironmentFile=", "User=mpn-bot"):
        assert line in text, line


def test_the_backup_timer_runs_mpn_bot_backup_nightly() -> None:
    service = (ROOT / "deploy" / "mpn-bot-backup.service").read_text()
    timer = (ROOT / "deploy" / "mpn-bot-backup.timer").read_text()
    assert "mpn-bot backup " in service and "Type=oneshot" in service and "User=mpn-bot" in service
    assert "OnCalendar=*-*-* 03:00:00" in timer and "Persistent=true" in timer


def test_the_systemd_unit_signals_the_master_and_lets_it_stop_its_workers() -> None:
    text = (ROOT / "deploy" / "mpn-bot.service").read_text()
    assert "KillMode=mixed" in text
