def countdown(n):
    if n == 0:
        raise RecursionError("pretend we ran out")
    return countdown(n - 1)

countdown(5)
