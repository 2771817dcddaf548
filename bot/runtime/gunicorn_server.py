"""``mpn-bot run`` over HTTP: gunicorn's threaded worker (``gthread``), started from Python.

Why gunicorn (README "Serving" has the figures, ``python -m benchmarks.bench_http``): side by side on the
2-core machine it served the product app with the lowest p99 at 64 clients and stopped gracefully by design
(SIGTERM: stop accepting, finish what is in flight, then exit), and its master/worker model gives more worker
processes behind one port with one setting (``MPN_WORKERS``). Waitress, the other well-kept pure-Python
server measured, has no graceful drain: closing it drops responses still being written.

What is changed from gunicorn's defaults, and why:

* **SIGINT stops gracefully**, like SIGTERM (gunicorn's SIGINT is a quick exit that cuts requests in flight
  and skips a worker's clean-up; Ctrl-C in a terminal must hand back the reminder sender lease too).
* **A new connection waits for its first bytes on the poller, not in a thread.** gunicorn 27 gives every
  accepted connection a pool thread for up to 5 s before parking it, so silent connections queue up in
  front of real requests (with 4 threads, 60 of them kept a request waiting well past 5 s:
  ``tests/e2e/test_serving.py``). Here a connection reaches a thread only once it has sent something;
  idle ones are closed after ``idle_timeout``.
* **A slow client loses its thread**: a request must arrive whole within ``request_timeout`` seconds of
  reaching a thread, and a response write may stall that long at most (the client is then treated as
  gone), so neither a stalled nor a trickling client holds a thread for long.
* **A worker dies with its master** (``kill -9`` on ``mpn-bot run`` stops everything, see
  ``_die_with_parent``).
* gunicorn's own log lines go through the root logger (``MPN_LOG_FORMAT=json`` applies to them too).

Each worker process builds its own app, store (and so its own per-thread SQLite connections, reused by the
pool's long-lived threads) and reminder scheduler after the fork; the SQLite sender lease makes exactly one
of them send at a time.
"""

from __future__ import annotations

import errno
import logging
import os
import selectors
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from gunicorn import glogging
from gunicorn.app.base import BaseApplication
from gunicorn.arbiter import Arbiter
from gunicorn.workers.gthread import TConn, ThreadWorker

log = logging.getLogger(__name__)

WsgiApp = Callable[..., Iterable[bytes]]


@dataclass(frozen=True)
class WorkerParts:
    """What one worker process serves, and how it stops.

    ``stop_background`` runs as soon as the worker is told to stop (on a thread of its own, beside the HTTP
    drain): the reminder sweep finishes its post in flight, starts no other, and hands back the sender
    lease. ``close`` runs once no request is in flight any more (it closes the database)."""

    app: WsgiApp
    stop_background: Callable[[], None] = lambda: None
    close: Callable[[], None] = lambda: None


#: Called in each worker process after the fork.
AppFactory = Callable[[], WorkerParts]


@dataclass(frozen=True)
class ServerOptions:
    """The serving knobs (README "Serving"); the defaults suit one 2-core machine behind a load balancer."""

    workers: int = 1  # MPN_WORKERS: processes behind the one port
    threads: int = 16  # MPN_HTTP_THREADS: requests served at once per worker
    backlog: int = 2048  # connections the kernel queues while every thread is busy (a burst)
    #: MPN_HTTP_IDLE_TIMEOUT: a connection with no request in flight is closed after this long. Above the
    #: usual load balancer idle timeout (60 s on AWS ALB and nginx), so the balancer closes first and never
    #: sends a request on a connection this end is closing.
    idle_timeout: float = 65.0
    #: MPN_HTTP_REQUEST_TIMEOUT: a request must arrive whole within this (and a response write may stall
    #: this long), else the client is dropped; Slack sends a request in milliseconds.
    request_timeout: float = 10.0
    graceful_timeout: float = 8.0  # a stop finishes within this, so the process exits inside 10 s
    max_connections: int = 4000  # per worker; beyond it new connections wait in the backlog
    limit_request_line: int = 8190  # gunicorn's defaults for the request line and headers (HTTP 400 beyond)
    limit_request_fields: int = 100
    limit_request_field_size: int = 8190

    @classmethod
    def from_env(cls, env: dict[str, str] | Any) -> ServerOptions:
        def number(name: str, default: float, kind: type = float) -> Any:
            raw = env.get(name)
            if raw is None or not str(raw).strip():
                return default
            try:
                value = kind(raw)
            except ValueError:
                raise ValueError(f"{name} must be a number, not {raw!r}") from None
            if value <= 0:
                raise ValueError(f"{name} must be above 0, not {raw!r}")
            return value

        return cls(
            workers=number("MPN_WORKERS", cls.workers, int),
            threads=number("MPN_HTTP_THREADS", cls.threads, int),
            idle_timeout=number("MPN_HTTP_IDLE_TIMEOUT", cls.idle_timeout),
            request_timeout=number("MPN_HTTP_REQUEST_TIMEOUT", cls.request_timeout),
        )


class _StallingSocket(socket.socket):
    """A client socket with a deadline: gunicorn switches a connection to blocking in the pool thread (once
    per request) and then reads with no time limit. Here the request (its line, headers and body) must
    arrive within ``limit`` seconds of that switch, however the client spreads its bytes (one byte a second
    keeps a plain socket timeout happy forever). A read past the deadline reads as end-of-stream (the
    client is gone: gunicorn closes quietly); a write that stalls for ``limit`` seconds as a reset."""

    __slots__ = ("limit", "read_by")
    limit: float
    read_by: float

    def setblocking(self, flag: bool) -> None:
        if flag:
            self.read_by = time.monotonic() + self.limit
            self.settimeout(self.limit)
        else:
            super().setblocking(False)

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        left = self.read_by - time.monotonic()
        if left <= 0:
            return b""
        self.settimeout(left)
        try:
            return super().recv(bufsize, flags)
        except TimeoutError:
            return b""

    def sendall(self, data: Any, flags: int = 0) -> None:
        self.settimeout(self.limit)
        try:
            super().sendall(data, flags)
        except TimeoutError:
            raise ConnectionResetError(errno.ECONNRESET, "the client stopped reading") from None


class MpnWorker(ThreadWorker):
    """gunicorn's gthread worker with the changes in the module docstring."""

    def init_process(self) -> None:
        _die_with_parent()
        if os.getppid() != self.ppid:  # the master died before the line above ran
            sys.exit(0)
        super().init_process()

    def init_signals(self) -> None:
        super().init_signals()
        import signal

        signal.signal(signal.SIGINT, self.handle_exit)  # graceful, like SIGTERM

    def accept(self, listener: socket.socket) -> None:
        try:
            client, address = listener.accept()
        except OSError:  # EAGAIN: another worker took it; ECONNABORTED: the client gave up
            return
        timed = _StallingSocket(client.family, client.type, client.proto, fileno=client.detach())
        timed.limit = self.app.request_timeout
        timed.read_by = time.monotonic() + timed.limit
        self.nr_conns += 1
        conn = TConn(self.cfg, timed, address, listener.getsockname())
        conn.timeout = time.monotonic() + self.cfg.keepalive
        self.pending_conns.append(conn)
        self.poller.register(timed, selectors.EVENT_READ, partial(self.on_pending_socket_readable, conn))

    def handle_exit(self, sig: int, frame: Any) -> None:
        """SIGTERM (and SIGINT): gunicorn stops accepting and drains; meanwhile the background work stops."""
        if self.alive:
            self._stop_background()
        super().handle_exit(sig, frame)

    def _stop_background(self) -> None:
        parts: WorkerParts | None = getattr(self.app, "parts", None)
        if parts is not None and getattr(self, "_stopping", None) is None:
            self._stopping = threading.Thread(target=parts.stop_background, name="mpn-stop")
            self._stopping.start()

    def run(self) -> None:
        try:
            super().run()
        finally:
            self._stop_background()  # also when the master died rather than signalled
            stopping: threading.Thread | None = getattr(self, "_stopping", None)
            if stopping is not None:
                stopping.join()
            parts: WorkerParts | None = getattr(self.app, "parts", None)
            if parts is not None:
                parts.close()
            _forget_worker_metrics()


def prepare_metrics_folder() -> None:
    """In prometheus_client's multiprocess mode (``PROMETHEUS_MULTIPROC_DIR``), every process writes its
    figures to files in that folder and a scrape adds them up: files left by an earlier run would be
    counted again, so they go before this run's processes write any (called before the metrics are
    imported)."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not folder:
        return
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".db"):
            os.remove(os.path.join(folder, name))


def _forget_worker_metrics() -> None:
    """A stopped worker's live gauges leave the multiprocess sums (its counters stay, as they should)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(os.getpid())


def _die_with_parent() -> None:
    """On Linux, the kernel kills this worker when its master dies: ``kill -9`` on ``mpn-bot run`` ends the
    whole server at once, as it did with one process (gunicorn's own worker would notice within a second and
    then stop gracefully, finishing a sweep the operator meant to kill). Elsewhere, gunicorn's check stays."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        log.debug("prctl(PR_SET_PDEATHSIG) is not available")


class _GracefulArbiter(Arbiter):
    def handle_int(self) -> None:
        self.handle_term()  # drain, do not cut (gunicorn's SIGINT is a quick shutdown)


class _RootLogger(glogging.Logger):
    """gunicorn's error log through the root logger's handler and format; no access log."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        self.error_log.handlers = []
        self.error_log.propagate = True
        self.access_log.handlers = []
        self.access_log.propagate = False


class GunicornServer(BaseApplication):
    def __init__(
        self,
        factory: AppFactory,
        *,
        host: str,
        port: int,
        options: ServerOptions,
        on_ready: Callable[[str, int], None],
    ) -> None:
        self._factory = factory
        self._settings = {
            "bind": f"{host}:{port}",
            "worker_class": MpnWorker,
            "workers": options.workers,
            "threads": options.threads,
            "backlog": options.backlog,
            "keepalive": max(1, round(options.idle_timeout)),  # gunicorn counts whole seconds
            "graceful_timeout": round(options.graceful_timeout),
            "timeout": 30,  # the master restarts a worker whose main loop is stuck this long
            "worker_connections": options.max_connections,
            "limit_request_line": options.limit_request_line,
            "limit_request_fields": options.limit_request_fields,
            "limit_request_field_size": options.limit_request_field_size,
            "control_socket_disable": True,  # no gunicorn.ctl in $HOME
            "logger_class": _RootLogger,
            "loglevel": "warning",
            "accesslog": None,
            "proc_name": "mpn-bot",
            "reuse_port": False,
            # the workers' heartbeat files: in memory where there is /dev/shm (a container's /tmp may be a
            # slow overlay filesystem, where gunicorn's heartbeat can stall a worker)
            "worker_tmp_dir": "/dev/shm" if os.path.isdir("/dev/shm") else None,
            "when_ready": lambda arbiter: on_ready(host, arbiter.LISTENERS[0].sock.getsockname()[1]),
        }
        self.parts: WorkerParts | None = None  # this worker's, once loaded
        self.request_timeout = options.request_timeout  # read by MpnWorker.accept
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._settings.items():
            self.cfg.set(key, value)

    def load(self) -> WsgiApp:
        """In the worker, after the fork: its own app, store and scheduler."""
        self.parts = self._factory()
        return self.parts.app

    def run(self) -> None:
        try:
            _GracefulArbiter(self).run()
        except RuntimeError as err:
            print(f"\nError: {err}\n", file=sys.stderr)
            sys.stderr.flush()
            sys.exit(1)


def serve(
    factory: AppFactory,
    *,
    host: str,
    port: int,
    options: ServerOptions,
    on_ready: Callable[[str, int], None],
) -> int:
    """Serve until SIGTERM/SIGINT; the exit status (0 after a clean stop)."""
    try:
        GunicornServer(factory, host=host, port=port, options=options, on_ready=on_ready).run()
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return 0
