# python -i: after the script the REPL runs in its globals (read from
# standard input, prompts on stderr), __file__ is gone, and the REPL's
# SystemExit is the exit status.
import sys

counter = 10


def bump(n):
    global counter
    counter += n
    return counter


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


print('script done', sys.flags.interactive, sys.flags.inspect)
