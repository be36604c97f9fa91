class C:
    x = {1 / v for v in [1, 0]}
