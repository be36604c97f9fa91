def check(x):
    assert (x >
            5), f"x too small: {x}"
check(1)
