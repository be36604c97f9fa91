@a
@a.b.c
@a(1, 2)
@a[0]
@(yield_)
@x if y else z
@lambda f: f
@a := b
class C:
    @staticmethod
    @functools.wraps(f)
    def m(self): pass

    @property
    async def am(self): pass
