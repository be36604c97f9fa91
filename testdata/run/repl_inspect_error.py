# python -i: an uncaught exception in the script is printed, then the REPL
# runs with the globals set before it; end of input gives status 0.
before = [1, 2, 3]


def fail(x):
    return x / 0


print('start')
fail(before[0])
after = 'never'
