"""The engine's property tests with many more, larger, random examples.

Runs `tests/engine/test_properties.py` under the hypothesis profile named by
`--profile` (default "heavy": hundreds of examples per property, longer
texts; the suite itself runs the small deterministic "ci" profile) and
prints, per property, the examples run and the time taken, then the total.
A failure prints hypothesis's minimal failing text and how to reproduce it.

    python bench/properties.py [--profile heavy] [-k EXPR]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "engine" / "test_properties.py"
_TEST = re.compile(r"^tests/engine/test_properties\.py::(\S+):$")
_PHASE = re.compile(r"- during (\w+) phase \(([\d.]+) seconds\)")
_CASES = re.compile(r"- (\d+) passing, (\d+) failing")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="heavy")
    parser.add_argument("-k", default=None, help="only properties matching this pytest -k")
    args = parser.parse_args(argv)
    command = [sys.executable, "-m", "pytest", str(TESTS), "-n0", "-q", "-p", "no:cacheprovider"]
    command += ["--hypothesis-show-statistics"] + (["-k", args.k] if args.k else [])
    env = {**os.environ, "BRIEFING_HYPOTHESIS": args.profile}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    rows: dict[str, list[float]] = {}
    current = None
    for line in result.stdout.splitlines():
        line = line.strip()
        if m := _TEST.match(line):
            current = m.group(1)
            rows[current] = [0, 0, 0.0]
        elif current and (m := _PHASE.search(line)):
            rows[current][2] += float(m.group(2))
        elif current and (m := _CASES.search(line)):
            rows[current][0] += int(m.group(1))
            rows[current][1] += int(m.group(2))
    print(f"profile {args.profile}: {TESTS.relative_to(ROOT)}")
    for name, (passing, failing, seconds) in rows.items():
        print(f"  {name:60} {passing:6.0f} examples {failing:3.0f} failing {seconds:7.1f}s")
    total = sum(r[0] + r[1] for r in rows.values())
    print(f"total {total:.0f} examples in {elapsed:.1f}s (pytest exit {result.returncode})")
    if result.returncode != 0:
        print(result.stdout[-20_000:])
        print(result.stderr[-5_000:], file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
