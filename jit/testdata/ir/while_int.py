# The benchmark loop of issue 7. Expected: a preamble (one iteration),
# then the label and a body of int_mul_ovf, int_mod, two int_add_ovf with
# their guard_no_overflow, int_lt and guard_true; n is a loop invariant
# passed through the label; no boxing anywhere.
def f(n):
    s = 0
    i = 0
    while i < n:
        s += i * 2 % 7
        i += 1
    return s
print(f(3000))
