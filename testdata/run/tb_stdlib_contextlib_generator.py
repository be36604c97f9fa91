# An exception raised in a @contextmanager block keeps its traceback: the
# with statement's line, the generator's yield line, the raise.
import contextlib


@contextlib.contextmanager
def managed():
    print("before")
    yield
    print("not reached")


def run():
    with managed():
        raise ValueError("from the block")


run()
