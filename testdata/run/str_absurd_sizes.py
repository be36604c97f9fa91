# Absurd sizes: repeating, padding and formatting str and bytes to more than
# any machine holds raises CPython's OverflowError (the size overflows
# Py_ssize_t, or a width or precision its C type) or MemoryError (the
# allocation fails), without trying to allocate. Every size here is at least
# 2**50 bytes, beyond x86-64's address space, so CPython's MemoryError does
# not depend on the machine.
import sys

big = 1 << 62
half = sys.maxsize // 2 + 1


def show(cases):
    for c in cases:
        try:
            r = eval(c)
            print(c, '->', type(r).__name__, r if len(r) < 20 else len(r))
        except (OverflowError, MemoryError, ValueError, TypeError) as e:
            print(c, '->', type(e).__name__, e)


# Repetition: the length overflows (OverflowError) or does not fit (MemoryError).
show([
    "'a' * big", "' ' * sys.maxsize", "big * 'a'", "'ab' * half", "'é' * half", "'éé' * half", "'' * sys.maxsize",
    "'a' * (1 << 63)", "'a' * -(1 << 63)", "'a' * (1 << 50)", "'x'.join('abc') * (1 << 61)", "'a' * big * 0",
    "str.__mul__('a', big)", "'a'.__rmul__(big)", "b'a' * big", "b' ' * sys.maxsize", "b'ab' * half",
    "b'a'.__mul__(big)", "bytearray(b'a') * big", "bytearray(b'ab') * half", "bytearray(b'a').__imul__(big)",
    "[0] * big", "(0,) * big", "[1, 2] * half", "(1, 2) * half", "[] * big",
])
# bytes(n), bytearray(n) and int.to_bytes, which allocates before converting.
show(["bytes(big)", "bytes(sys.maxsize)", "bytes(1 << 63)", "bytes(-1)", "bytearray(big)",
      "bytearray(sys.maxsize)", "bytearray(1 << 63)", "bytearray(-1)", "(0).to_bytes(big, 'big')",
      "(0).to_bytes(sys.maxsize, 'little')", "(0).to_bytes(1 << 63, 'big')", "(-1).to_bytes(big, 'big')",
      "(1).to_bytes(big, 'middle')", "(1).to_bytes(-1, 'big')"])
# Results built from absurd ones.
show(["'a'.rjust(big).upper()", "str(b'a' * big)", "' '.join(['a']) * big", "'%s%*s' % ('a', big, 'b')",
      "'{0:{1}}{0}'.format('a', big)", "'a'.encode() * big", "'x' + 'y' * big", "bytes(range(3)) * big"])
# Padding methods.
show([
    "'x'.ljust(big)", "'x'.rjust(big)", "'x'.center(big)", "'x'.zfill(big)", "'x'.ljust(sys.maxsize)",
    "'x'.ljust(1 << 63)", "'x'.zfill(1 << 63)", "'x'.center(big, '*')", "'x'.ljust(big, 'é')",
    "'x'.ljust(big, '\\U0001F600')", "'x'.center(1 << 50, '\\U0001F600')", "''.ljust(-big)",
    "b'x'.ljust(big)", "b'x'.rjust(big)", "b'x'.center(big)", "b'x'.zfill(big)", "b'x'.ljust(big, b'*')",
    "b'x'.zfill(1 << 63)", "bytearray(b'x').ljust(big)", "bytearray(b'x').zfill(big)",
    "'a'.expandtabs(big)", "'\\ta'.expandtabs(big)", "'a'.expandtabs(1 << 63)", "b'a'.expandtabs(-(1 << 40))",
    "'a\\tb'.expandtabs(-5)",
])
# printf-style formatting: a width is a Py_ssize_t, a precision a C int.
show([
    "'%*d' % (big, 1)", "'%*s' % (big, 'a')", "'%-*s' % (big, 'a')", "'%0*d' % (big, 1)", "'%*c' % (big, 'a')",
    "'%*x' % (big, 255)", "'%*r' % (big, 1)", "'%*e' % (big, 1.0)", "'%*.*f' % (big, 2, 1.0)",
    "'%*d' % (1 << 63, 1)", "'%*d' % (-(1 << 63), 1)", "'%*d' % (-3, 1)", "'%-*d' % (-3, 1)",
    "'%.*d' % (big, 1)", "'%.*f' % (big, 1.0)", "'%.*d' % (-5, 1)", "'%.*d' % (-(1 << 31), 1)",
    "'%.*d' % (-(1 << 31) - 1, 1)", "'%*.*s' % (5, 2, 'abc')", "'%*d' % (1.5, 1)", "'%*d' % (big, 'x')",
    "'%999999999999999d' % 1", "'%4611686018427387904d' % 1", "'%9223372036854775807d' % 1",
    "'%9223372036854775808d' % 1", "'%.2147483648d' % 1", "'%.9999999999999d' % 1",
    "b'%*d' % (big, 1)", "b'%*s' % (big, b'a')", "b'%-*d' % (big, 1)", "b'%*c' % (big, 97)",
    "b'%.*d' % (big, 1)", "b'%*d' % (1 << 63, 1)",
])
# format() and str.format: a width beyond Py_ssize_t has too many digits.
show([
    "'{:{}}'.format('a', big)", "'{:>{}}'.format('a', big)", "'{:0{}}'.format(1, big)", "'{:{}}'.format(1.5, big)",
    "'{:{}d}'.format(1, big)", "f'{1:{big}}'", "format('a', str(big))", "format(1, str(big))", "format(1.0, str(big))",
    "format('a', '9223372036854775807')", "format('a', '9223372036854775808')", "format('a', '9' * 30)",
    "format(1, '9' * 30)", "format(1, ',999999999999999')", "format(1.5, '0999999999999999')",
    "format('a', 'x>999999999999999')", "format(1, '=999999999999999')", "format(1j, '999999999999999')",
    "format(1, '999999999999999x')", "format(1, '999999999999999s')", "format('a', '999999999999999d')",
    "'{:.{}}'.format('a', big)", "'{:.{}f}'.format(1.0, big)", "'{:.{}e}'.format(1j, big)",
    "'{:.{}%}'.format(1j, big)", "'{:.{}g}'.format(1, big)", "'{:.{}}'.format(1, big)",
    "format(1.0, '.2147483648f')",
])


def imul(x):
    x *= big
    return x


for x in ['a', b'a', bytearray(b'a'), [1], (1,)]:
    try:
        imul(x)
    except MemoryError as e:
        print('imul', type(x).__name__, type(e).__name__, e)
