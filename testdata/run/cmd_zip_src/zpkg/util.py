def triple(x):
    return 3 * x


def fail(msg):
    raise RuntimeError(msg)
