"""Benchmark: the reader on a 2.5 MB briefing (not a test; prints figures).

    python bench/big_briefing.py [--mb 2.5] [--presses 50] [--no-pty]

Builds an article of about 2.5 MB from the PolNeAR dev articles (each keeps
its paragraphs; the set is repeated until the size is reached), then:

1. pty run: `briefing ARTICLE` in a real pseudo-terminal (120×40); time from
   process start until the first paragraph's words are written to the
   terminal (first paint, imports and Textual start-up included).
2. Pilot run (in this process, headless, cold annotation cache, the app
   made by `create_app` as the command line makes it): time from reading
   the file and creating the App to the first frame showing the article's
   text; page down pressed every 0.1 s while the engine runs, each timed
   from the key to the first frame scrolled; time until the whole briefing
   is ready (and the progress values the status bar went through); then
   `n` pressed `--presses` times, each measured two ways: key to the first
   frame that shows the new current quote (a hook on the frame output),
   and key to the screen settled (`pilot.press` +
   `wait_for_scheduled_animations` + `pause`, an upper bound that includes
   Pilot's idle polling).
3. Peak memory: the reader process's maximum RSS, and the most that the
   reader and the engine's processes (the child and its workers) held
   together, sampled while annotating.

`--compare` then runs the same Pilot measures again with the engine on a
thread of the reader's own process (`SpacyAnnotator(isolated=False)`, one
job: how the reader annotated before), the baseline of this run; and a
control with no engine at all for as long, which shows what the machine's
other work costs the reader meanwhile.

Targets on a 2-core machine: first paint < 1.5 s, key latency < 50 ms,
peak RSS < 1 GB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import resource
import select
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "polnear" / "dev" / "text"
TARGETS = {"first paint": 1.5, "key latency": 0.050, "peak RSS MB": 1024}
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b."
)


def build_article(folder: Path, megabytes: float, corpus: Path) -> Path:
    """About `megabytes` MB of real news text, one article after another."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        sys.exit(f"no articles in {corpus}; pass --corpus DIR")
    target = int(megabytes * 1_000_000)
    parts = ["A big briefing: a month of election coverage, article after article"]
    size = len(parts[0].encode())
    while size < target:
        for text in texts:
            paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
            block = "\n\n".join(paragraphs)
            parts.append(block)
            size += len(block.encode()) + 2
            if size >= target:
                break
    path = folder / "big-briefing.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def first_words(path: Path) -> str:
    """A phrase from the first body paragraph, to look for on screen."""
    body = path.read_text(encoding="utf-8").split("\n\n")[1]
    return " ".join(body.split()[:3])


def isolated_env(home: Path) -> dict[str, str]:
    """User dirs in a scratch folder: a cold cache, no user settings or notes."""
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    return env


# --- 1. the real terminal ----------------------------------------------------------


def pty_first_paint(path: Path, env: dict[str, str], timeout: float = 30) -> float:
    """Seconds from spawning `briefing PATH` in a pty until the first
    paragraph is on the terminal (then it is asked to quit)."""
    import fcntl
    import struct
    import termios

    phrase = first_words(path)
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**env, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", str(path)],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,
    )
    os.close(follower)
    seen, painted = "", None
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([leader], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            seen += _ANSI.sub("", chunk.decode("utf-8", "replace"))
            if phrase in seen:
                painted = time.perf_counter() - started
                break
        os.write(leader, b"q")
        deadline = time.perf_counter() + 10
        while process.poll() is None and time.perf_counter() < deadline:
            if select.select([leader], [], [], 0.1)[0]:
                try:
                    os.read(leader, 65536)
                except OSError:
                    break
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(leader)
    if painted is None:
        raise RuntimeError(f"the first paragraph never reached the terminal ({phrase!r})")
    return painted


# --- 2. Pilot -------------------------------------------------------------------------


def _descendants_rss_mb() -> float:
    """RSS of this process and every process under it, in MB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0, [os.getpid()]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


class IdleAnnotator:
    """No engine at all: "annotates" for `seconds`, then hands over the
    briefing it was given. The control run: what scrolling costs on this
    machine now, whatever else it runs."""

    def __init__(self, seconds: float, briefing: object) -> None:
        self.seconds, self.briefing = seconds, briefing
        self._closed = threading.Event()

    def annotate(self, text: str, title: str, progress, published=None):  # type: ignore[no-untyped-def]
        progress(0.0)
        for step in range(1, 51):  # progress as often as the engine reports it
            if self._closed.wait(self.seconds / 50):
                raise RuntimeError("closed")
            progress(step / 50)
        return self.briefing

    def close(self) -> None:
        self._closed.set()


async def pilot_run(
    path: Path, presses: int, isolated: bool = True, control: IdleAnnotator | None = None
) -> dict[str, object]:
    from annotate.article import read_article
    from annotate.spacy_annotator import SpacyAnnotator
    from tui.app import create_app
    from tui.widgets.article_view import ArticleView

    marks: dict[str, float] = {}
    # While a press is measured: the item current before it, and when the
    # line of the new current item was rendered, then output as a frame.
    watch: dict[str, object] = {"armed": False, "before": None, "rendered": None, "shown": None}
    render_line = ArticleView.render_line

    def timed_render_line(view: ArticleView, y: int):  # type: ignore[no-untyped-def]
        strip = render_line(view, y)
        now = time.perf_counter()
        if "text rendered" not in marks and strip.text.strip():
            marks["text rendered"] = now
        current = view.current
        if watch["armed"] and watch["rendered"] is None and current is not watch["before"]:
            if view.wrapped is not None and current is not None:
                if int(view.scroll_y) + y == view.wrapped.line_of(current.start):
                    watch["rendered"] = now
        return strip

    ArticleView.render_line = timed_render_line  # type: ignore[method-assign]

    started = time.perf_counter()
    # The baseline must not find the first run's briefing in the cache.
    annotator = control or (None if isolated else SpacyAnnotator(isolated=False, cache=False))
    app = create_app([read_article(path)], annotator=annotator, remember_theme=False)
    display = app._display  # noqa: SLF001 - the frame output, headless or not

    def timed_display(screen, renderable):  # type: ignore[no-untyped-def]
        now = time.perf_counter()
        if renderable is not None:
            if "text rendered" in marks and "first frame" not in marks:
                marks["first frame"] = now
            if watch["rendered"] is not None and watch["shown"] is None:
                watch["shown"] = now
            watch["last"] = now
            scrolled_from = watch.get("scrolled from")
            if scrolled_from is not None and watch.get("first") is None:
                if app.reader.view.scroll_y != scrolled_from:
                    watch["first"] = now
        return display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]  # noqa: SLF001
    progress: list[float] = []
    results: dict[str, object] = {}
    peak_together = 0.0
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.reader
        doc = reader.docs[0]
        scrolling: list[float] = []  # page down while annotating: key -> frame scrolled
        scrolled_at: list[float] = []
        while doc.state not in ("ready", "missing", "failed"):
            await asyncio.sleep(0.1)
            peak_together = max(peak_together, _descendants_rss_mb())
            if doc.state == "annotating" and (not progress or progress[-1] != doc.progress):
                progress.append(doc.progress)
            if doc.state == "annotating":
                view = reader.view
                watch.update({"first": None, "scrolled from": view.scroll_y})
                t0 = time.perf_counter()
                await view.run_action("page_down")
                while watch["first"] is None and time.perf_counter() - t0 < 5:
                    await asyncio.sleep(0.001)
                watch["scrolled from"] = None
                if isinstance(watch["first"], float):
                    scrolling.append(watch["first"] - t0)
                    scrolled_at.append(t0)
        results["scrolling"] = scrolling
        marks["annotated"] = time.perf_counter()
        slowest = sorted(zip(scrolling, scrolled_at, strict=True), reverse=True)[:5]
        results["slowest scrolls"] = [(v, marks["annotated"] - t) for v, t in slowest]
        results["state"] = doc.state
        results["peak together MB"] = peak_together
        if doc.state != "ready":
            results["problem"] = doc.message
            return _finish(results, marks, started, progress)
        index = doc.index
        results["quotes"] = index.count("quote")
        results["briefing"] = index.briefing
        ends = [h.end for h in index.highlights]
        results["last highlight at"] = max(ends) / len(reader.view.text) if ends else 0.0
        reader.view.scroll_home(animate=False, immediate=True)
        await pilot.pause()

        async def press(key: str) -> tuple[float, float, float]:
            """(key -> frame with the new quote, key -> last frame, key -> settled)."""
            watch.update(armed=True, before=reader.current, rendered=None, shown=None, last=None)
            t0 = time.perf_counter()
            await pilot.press(key)
            await pilot.wait_for_scheduled_animations()
            await pilot.pause()
            settled = time.perf_counter() - t0
            watch["armed"] = False
            shown, last = watch["shown"], watch["last"]
            framed = shown - t0 if isinstance(shown, float) else float("nan")
            return framed, (last - t0 if isinstance(last, float) else 0.0), settled

        # Baseline: a key with no binding, through the same Pilot steps; what
        # it costs is Pilot's own waiting (idle polling in 20 ms steps).
        baseline = [await press("z") for _ in range(presses)]
        measured = [await press("n") for _ in range(presses)]
        if any(m[0] != m[0] for m in measured):  # NaN: no frame showed a new quote
            raise RuntimeError("pressing n did not put a new current quote on screen")
        results["framed"] = [m[0] for m in measured]
        results["last frame"] = [m[1] for m in measured]
        results["settled"] = [m[2] for m in measured]
        results["baseline settled"] = [b[2] for b in baseline]
    ArticleView.render_line = render_line  # type: ignore[method-assign]
    return _finish(results, marks, started, progress)


def _finish(results, marks, started, progress):  # type: ignore[no-untyped-def]
    results["first frame"] = marks.get("first frame", float("nan")) - started
    results["annotated"] = marks.get("annotated", float("nan")) - started
    results["progress"] = progress
    results["peak RSS MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return results


# --- report -----------------------------------------------------------------------------


def verdict(value: float, target: float) -> str:
    return "ok" if value < target else "MISSES TARGET"


def report(label: str, results: dict[str, object]) -> None:
    print(f"-- {label}")
    print(
        f"first paint, Pilot (read file + App created -> first frame with text): "
        f"{results['first frame']:.2f} s  "
        f"[{verdict(results['first frame'], TARGETS['first paint'])}]"
    )
    scrolling = [v * 1000 for v in results["scrolling"]]
    if scrolling:
        print(
            f"page down while annotating, key -> first frame scrolled: median "
            f"{statistics.median(scrolling):.1f} ms, worst {max(scrolling):.1f} ms "
            f"over {len(scrolling)}  [{verdict(max(scrolling) / 1000, TARGETS['key latency'])}]"
        )
    slowest = ", ".join(
        f"{v * 1000:.0f} ms {before:.1f} s before ready" for v, before in results["slowest scrolls"]
    )
    print(f"  slowest page downs: {slowest}")
    progress = results["progress"]
    steps = ", ".join(f"{p:.0%}" for p in progress[:: max(1, len(progress) // 8)])
    print(
        f"whole briefing ready (App created -> highlights): {results['annotated']:.1f} s"
        f"  [state {results['state']}; progress shown: {steps or 'none'}]"
    )
    if results["state"] != "ready":
        print(f"  annotation did not complete: {results.get('problem')}")
        return
    print(
        f"  {results['quotes']} quotes; last highlight at "
        f"{results['last highlight at']:.1%} of the text"
    )
    rows = (
        ("key -> first frame showing the new quote", results["framed"], True),
        ("key -> last frame of the update", results["last frame"], True),
        ("key -> settled (Pilot press+pause)", results["settled"], False),
        ("  baseline: unbound key, same Pilot steps", results["baseline settled"], False),
    )
    for row, values, judged in rows:
        ms = [v * 1000 for v in values]  # type: ignore[attr-defined]
        mark = f"  [{verdict(max(values), TARGETS['key latency'])}]" if judged else ""
        print(
            f"`n` latency, {row}: median {statistics.median(ms):.1f} ms, "
            f"worst {max(ms):.1f} ms over {len(ms)}{mark}"
        )
    floor = statistics.median(results["baseline settled"])
    extra = [1000 * (v - floor) for v in results["settled"]]  # type: ignore[attr-defined]
    print(
        f"  settled minus the baseline median: median {statistics.median(extra):.1f} ms,"
        f" worst {max(extra):.1f} ms"
    )
    rss, together = results["peak RSS MB"], results["peak together MB"]
    print(
        f"peak RSS: reader process {rss} MB; reader and engine processes together "
        f"{together:.0f} MB  [{verdict(max(rss, together), TARGETS['peak RSS MB'])}]"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.5, help="article size in MB (2.5)")
    parser.add_argument("--presses", type=int, default=50, help="presses of n (50)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .txt articles")
    parser.add_argument("--no-pty", action="store_true", help="skip the pseudo-terminal run")
    parser.add_argument(
        "--compare", action="store_true", help="also run the in-process baseline (as before)"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="big-briefing-") as scratch:
        folder = Path(scratch)
        path = build_article(folder, args.mb, args.corpus)
        env = isolated_env(folder / "user")
        os.environ.update({k: v for k, v in env.items() if k.startswith("XDG_")})
        text = path.read_text(encoding="utf-8")
        print(
            f"article: {len(text.encode()) / 1e6:.2f} MB, {len(text):,} characters, "
            f"{text.count(chr(10) * 2) + 1:,} paragraphs (python {sys.version.split()[0]}, "
            f"{os.cpu_count()} CPUs)"
        )

        if not args.no_pty:
            paint = pty_first_paint(path, env)
            print(
                f"first paint, real terminal (process start -> text on screen): {paint:.2f} s"
                f"  [{verdict(paint, TARGETS['first paint'])}]"
            )

        results = asyncio.run(pilot_run(path, args.presses))
        report("engine in a child process, two workers (the reader's default)", results)
        if args.compare:
            baseline = asyncio.run(pilot_run(path, args.presses, isolated=False))
            report("baseline: engine on a thread of the reader's process, one job", baseline)
            idle = IdleAnnotator(float(results["annotated"]), results["briefing"])
            control = asyncio.run(pilot_run(path, args.presses, control=idle))
            report("control: no engine at all, as long (what the machine does anyway)", control)
            for what, key in (("page down worst", "scrolling"), ("annotation", "annotated")):
                now, before = results[key], baseline[key]
                if isinstance(now, list):
                    now, before = max(now), max(before)
                print(f"ratio, {what}: {now / before:.2f} of the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
