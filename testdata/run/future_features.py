from __future__ import (nested_scopes, generators, division, absolute_import,
                        with_statement, print_function, unicode_literals,
                        barry_as_FLUFL, generator_stop)
import __future__
import __future__ as fut
print(__future__ is fut, fut.__name__)
for n in fut.all_feature_names:
    x = getattr(fut, n)
    print(n, x, x.getOptionalRelease(), x.getMandatoryRelease(), hex(x.compiler_flag))
print(fut.__all__)
print(fut._Feature.__name__, fut._Feature.__module__)
print(division, type(division).__name__)
print(fut.CO_FUTURE_ANNOTATIONS == fut.annotations.compiler_flag)
def f(x: undefined):
    pass
try:
    f
except NameError as e:
    print("NameError", e)
