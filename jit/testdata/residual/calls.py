# Residual calls in the IR: a dict subscript (call_r, guard_no_exception),
# a builtin method call (call_may_force_i, guard_not_forced,
# guard_no_exception), a class call and a slice. Expected: each call is
# followed by its guards; the attribute read after the class call is
# emitted again in the body (no heap fact survives a call).
class P:
    def __init__(self, x):
        self.x = x

def f(n):
    d = {"a": 1}
    s = "abcdef"
    p = P(1)
    t = 0
    for i in range(n):
        t += p.x
        t += d["a"]
        t += d.get("b", 2)
        q = P(i)
        t += p.x + q.x
        t += len(s[1:3])
    return t

print(f(100))
