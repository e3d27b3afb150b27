"""The engine in a child process of its own, serving one request at a time.

Why: spaCy's compiled parser holds the GIL for a whole batch, so a reader
that parses on a thread beside its UI stutters while scrolling. The child
loads the pipeline once, annotates each text it is sent (a long one in two
forked workers, `jobs`), stores the result in the cache and sends it back;
the reader's process only waits on a pipe. The child runs at a lower
priority than the reader, so the screen keeps a core when it needs one.

Messages are pickled tuples, each framed by an 8-byte length, over the
child's stdin and stdout (which the child then points at /dev/null, so no
stray print can corrupt them). Run as `python -m annotate.engine_process
PIPELINE JOBS`; the parent side is `EngineProcess`.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
from typing import IO, Any

from annotate.annotator import AnnotationCancelled, AnnotationFailed, Progress
from annotate.model import Briefing
from annotate.pipeline import PipelineMissing

_HEADER = struct.Struct("!Q")
NICENESS = 10  # added to the child's (and its workers') scheduling niceness


def send(stream: IO[bytes], message: tuple[Any, ...]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def receive(stream: IO[bytes]) -> tuple[Any, ...]:
    """The next message; EOFError when the other side is gone."""
    (size,) = _HEADER.unpack(_read_exactly(stream, _HEADER.size))
    return pickle.loads(_read_exactly(stream, size))  # noqa: S301 - our own child


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def one_line(error: BaseException) -> str:
    """ "ValueError: what it said" (first line only)."""
    first = str(error).splitlines()[0] if str(error) else ""
    return type(error).__name__ + (f": {first}" if first else "")


class EngineProcess:
    """The parent's handle on the child: `annotate` blocks its (worker)
    thread until the briefing is back; `close` stops the child at once."""

    def __init__(self, pipeline: str, jobs: int) -> None:
        self._child = subprocess.Popen(
            [sys.executable, "-m", "annotate.engine_process", pipeline, str(jobs)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            # A process group of its own: Ctrl-C at the terminal is the
            # reader's, and close() ends the child with its workers. Not a
            # session of its own: the kernel would schedule it as another
            # "autogroup", beside the reader rather than below it, and the
            # lower priority would count for nothing.
            process_group=0,
        )
        self._lock = threading.Lock()
        self.closed = False

    def annotate(
        self,
        text: str,
        title: str,
        progress: Progress,
        cache: bool,
        published: dt.date | None = None,
    ) -> Briefing:
        with self._lock:
            if self.closed:
                raise AnnotationCancelled
            assert self._child.stdin is not None and self._child.stdout is not None
            try:
                send(self._child.stdin, (text, title, cache, published))
                while True:
                    kind, *rest = receive(self._child.stdout)
                    if kind == "progress":
                        progress(rest[0])
                    elif kind == "done":
                        return rest[0]  # type: ignore[no-any-return]
                    elif kind == "missing":
                        raise PipelineMissing(*rest)
                    else:
                        raise AnnotationFailed(rest[0])
            except (EOFError, OSError, ValueError, pickle.UnpicklingError):
                if self.closed:
                    raise AnnotationCancelled from None
                raise AnnotationFailed("the engine process stopped") from None

    def close(self) -> None:
        """Stop the child and the workers it forked."""
        self.closed = True
        if self._child.poll() is None:
            try:
                os.killpg(self._child.pid, signal.SIGTERM)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            self._child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._child.kill()


def serve(pipeline: str, jobs: int) -> None:
    """The child's loop: load the pipeline, then answer requests until the
    parent closes the pipe."""
    from annotate.cache import store
    from annotate.engine import CHUNK_CHARS, annotate_text
    from annotate.pipeline import load_pipeline

    requests = os.fdopen(os.dup(0), "rb")
    replies = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Background work: the reader's own process (at its normal priority) gets
    # a core the moment it needs one, though both are parsing.
    os.nice(NICENESS)
    reader = os.getppid()

    def progress(done: int, total: int) -> None:
        if os.getppid() != reader:  # the reader died without closing us: stop,
            os.killpg(0, signal.SIGKILL)  # workers too (they outlive their parent)
        send(replies, ("progress", done / max(total, 1)))

    missing: tuple[str, str] | None = None
    try:
        nlp = load_pipeline(pipeline)
    except PipelineMissing as error:
        missing = (str(error), error.short)
    while True:
        try:
            text, title, cache, published = receive(requests)
        except EOFError:
            return
        if missing is not None:
            send(replies, ("missing", *missing))
            continue
        send(replies, ("progress", 0.0))
        try:
            # Two workers only pay off when there are chunks to share.
            many = jobs > 1 and len(text) > CHUNK_CHARS
            briefing = annotate_text(
                text,
                nlp,
                title=title,
                progress=progress,
                published=published,
                jobs=jobs if many else 1,
                isolated=many,  # forked workers write nowhere near our pipe
            )
        except Exception as error:  # one text's failure must not end the service
            send(replies, ("failed", one_line(error)))
            continue
        if cache:
            store(briefing, pipeline, published=published)
        send(replies, ("done", briefing))


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]))
