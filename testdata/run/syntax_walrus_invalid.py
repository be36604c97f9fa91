def f():
    x.y := 5
