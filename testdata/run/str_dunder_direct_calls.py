def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f"{getattr(f, '__qualname__', f)}{a}{k if k else ''} -> {r!r}")
    except Exception as e:
        print(f"{getattr(f, '__qualname__', f)}{a}{k if k else ''} !! {type(e).__name__}: {e}")
# str's dunders called directly return NotImplemented only for
# reflected-capable types; CPython raises for these.
t("abc".__mul__, 2.0)
t("abc".__add__, 1)
t("abc".__rmul__, 2.0)
