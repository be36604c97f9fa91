class Both:
    def __repr__(self): return 'Both<repr>'
    def __str__(self): return 'Both<str>'
class ReprOnly:
    def __repr__(self): return 'ReprOnly()'
class StrOnly:
    def __str__(self): return 'just str'
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {'k': b}, f'{b} {b!r}')
print(str(StrOnly()), '%s %r' % (b, b), format(b), '{}'.format(r))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Fmt:
    def __format__(self, spec):
        if spec == 'upper':
            return 'FMT'
        return f'fmt({spec!r})'
print(f'{Fmt()}', f'{Fmt():upper}', format(Fmt(), 'x'), '{:>5}'.format(Fmt()))
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
class Rec:
    def __init__(self): self.me = self
    def __repr__(self): return 'Rec(...)'
print(Rec())
print(repr(str), repr(int), repr(type), str(ValueError), repr(None), repr(NotImplemented), repr(Ellipsis))
class Meta(type):
    def __repr__(cls): return f'<class-ish {cls.__name__}>'
class WithMeta(metaclass=Meta): pass
print(WithMeta, [WithMeta])
