with (a as x, b a y):
    pass
