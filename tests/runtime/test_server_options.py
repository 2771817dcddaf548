"""``ServerOptions.from_env``: the serving settings from the environment, with a clear refusal of a value
that is not a positive number (``mpn-bot run`` prints it and exits 2)."""

from __future__ import annotations

import pytest

from bot.runtime.gunicorn_server import ServerOptions


def test_the_defaults_suit_a_machine_behind_a_load_balancer() -> None:
    options = ServerOptions.from_env({})
    assert options.workers == 1 and options.threads == 16 and options.backlog >= 1024
    assert (
        options.idle_timeout > 60
    )  # longer than the usual balancer idle timeout, so the balancer closes first
    assert options.graceful_timeout < 10  # a stop ends inside the 10 s that systemd and Docker wait


def test_settings_from_the_environment() -> None:
    options = ServerOptions.from_env(
        {
            "MPN_WORKERS": "2",
            "MPN_HTTP_THREADS": "4",
            "MPN_HTTP_IDLE_TIMEOUT": "2.5",
            "MPN_HTTP_REQUEST_TIMEOUT": "3",
        }
    )
    assert (options.workers, options.threads, options.idle_timeout, options.request_timeout) == (
        2,
        4,
        2.5,
        3.0,
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("MPN_WORKERS", "two"),
        ("MPN_WORKERS", "1.5"),
        ("MPN_HTTP_THREADS", "0"),
        ("MPN_HTTP_IDLE_TIMEOUT", "-1"),
    ],
)
def test_a_value_that_is_not_a_positive_number_is_refused_by_name(name: str, value: str) -> None:
    with pytest.raises(ValueError, match=name):
        ServerOptions.from_env({name: value})
