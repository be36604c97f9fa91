import contextlib
import os
import tempfile
import threading


class Timer:
    __slots__ = ("name", "_start", "elapsed")

    def __init__(self, name="block"):
        self.name = name
        self._start = None
        self.elapsed = 0.0

    def __enter__(self):
        import time
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        import time
        self.elapsed = time.perf_counter() - self._start
        return exc_type is KeyboardInterrupt


@contextlib.contextmanager
def chdir(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


_lock = threading.RLock()
_cache: dict = {}

def cached(fn):
    def wrapper(*args):
        with _lock:
            if args not in _cache:
                _cache[args] = fn(*args)
            return _cache[args]
    wrapper.__wrapped__ = fn
    return wrapper


with (
    tempfile.TemporaryDirectory() as tmp,
    chdir(tmp) as where,
    Timer("io") as t,
):
    with open("data.txt", "w") as fh:
        print(*range(10), sep=",", file=fh)
    del fh
print(f"{t.name}: {t.elapsed * 1e3:.3f} ms in {where!r}")
