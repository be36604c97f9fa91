def f(a, d=, c):
    pass
