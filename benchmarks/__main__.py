"""``python -m benchmarks``: run every ``benchmarks/bench_*.py`` module's ``main()`` in turn.

Each module runs in its own Python process, so its peak resident set size (``ru_maxrss``) is its own and not
the high-water mark of the benchmarks before it. Exits non-zero if any benchmark raised.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def bench_modules() -> list[str]:
    return sorted(
        f"benchmarks.{m.name}" for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_")
    )


def main() -> int:
    failed = []
    for module in bench_modules():
        print(f"\n=== {module} ===", flush=True)
        started = time.perf_counter()
        code = f"import {module} as m; m.main()"
        result = subprocess.run([sys.executable, "-c", code], cwd=HERE.parent, check=False)
        print(f"--- {module}: {'ok' if result.returncode == 0 else 'FAILED'} in "
              f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip
        if result.returncode != 0:
            failed.append(module)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
