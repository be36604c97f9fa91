class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what, where='db'):
        super().__init__(f'{what} not found in {where}')
        self.what, self.where = what, where
class WithStr(AppError):
    def __str__(self):
        return f'custom str: {self.args}'
class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise NotFound('user 7')
except AppError as e:
    print(type(e).__name__, e, e.args, e.what, e.where, isinstance(e, Exception))
e = WithStr(1, 2)
print(str(e), repr(e), e.args)
n = NoSuperInit(404)
print(repr(n), str(n), n.args, n.code)
print(repr(ValueError()), repr(ValueError(1, 'two')), str(ValueError(1, 'two')), str(KeyError('k')), str(KeyError('a', 'b')))
print(repr(Exception('a')), str(Exception()), Exception('x') == Exception('x'))
err = ValueError('mutable args')
err.args = ('changed',)
print(err)
class Rich(Exception):
    def __init__(self, *args, detail=None):
        super().__init__(*args)
        self.detail = detail
try:
    raise Rich('msg', detail={'line': 3})
except Rich as r:
    print(r, r.detail)
try:
    raise 'string'
except TypeError as t:
    print(t)
try:
    raise int
except TypeError as t:
    print(t)
