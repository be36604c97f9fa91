import lib.circ_a
print(lib.circ_a.from_a())
print(lib.circ_b.from_b())
try:
    import lib.circ_bad_x
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
