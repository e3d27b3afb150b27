"""Readers opening a new notes database at the same moment: how many are
refused (and would fall back to read-only notes for their whole session).

Each round deletes the file and lets N processes open it at once, as several
`briefing` windows started together would.

    python bench/notes_open_race.py [--rounds 40] [--processes 8]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _open(job: tuple[str, float]) -> str:
    from tui.notes.connection import connect

    path, start = job
    while time.time() < start:  # all processes start together
        pass
    try:
        connect(Path(path)).close()
    except Exception as error:  # noqa: BLE001 - counted and printed, not hidden
        return str(error)
    return "ok"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--processes", type=int, default=8)
    args = parser.parse_args(argv)
    refused: list[str] = []
    with tempfile.TemporaryDirectory() as folder, multiprocessing.Pool(args.processes) as pool:
        for n in range(args.rounds):
            path = str(Path(folder) / f"notes-{n}.db")
            start = time.time() + 0.3
            results = pool.map(_open, [(path, start)] * args.processes)
            refused += [r for r in results if r != "ok"]
    opens = args.rounds * args.processes
    print(f"{opens} opens of a new notes file, {args.processes} at once: {len(refused)} refused")
    for reason in sorted(set(refused)):
        print(f"  {refused.count(reason)} x {reason}")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
