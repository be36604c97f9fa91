if x.a = 3:
    pass
