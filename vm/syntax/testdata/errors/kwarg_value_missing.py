f(a, b=)
