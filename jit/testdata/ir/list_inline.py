# List indexing with bounds guards and an inlined call. Expected:
# arraylen_gc hoisted to the preamble, int_lt(i, len) guarded in the body,
# guard_arrayitem_kind before getarrayitem_gc_i, setarrayitem_gc for the
# store, and the callee's ops inline with debug_merge_point depth 1.
def sq(x):
    return x * x
def f(xs):
    for i in range(len(xs)):
        xs[i] = sq(xs[i]) % 1000
    return xs
print(f(list(range(3000)))[-3:])
