package stdlib_test

import "testing"

// TestDeferredRuntimeTypesConcurrentImports is TestDeferredTypesConcurrentImports
// for the types of vm/runtime's own modules that are set up at the
// module's first import: io's StringIO and BytesIO, os's environ, scandir
// and walk types. Each interpreter reaches them first through a different
// access path: the dict of the type, an instance, a subclass.
func TestDeferredRuntimeTypesConcurrentImports(t *testing.T) {
	const src = `
import io, os
class S(io.StringIO):
    pass
s = S('a\nb')
b = io.BytesIO(b'xy')
entries = sorted(e.name for e in os.scandir('/') if e.name in ('tmp', 'proc'))
result = repr((s.readline(), b.read(), 'getvalue' in vars(io.StringIO), 'read' in dir(io.BytesIO),
    io.StringIO.__mro__[1].__name__, type(os.environ).__name__, 'PATH' in os.environ,
    entries, type(next(os.walk('/proc/self'))).__name__))
`
	const want = "('a\\n', b'xy', True, True, '_TextIOBase', '_Environ', True, ['proc', 'tmp'], 'tuple')"
	runInTwoInterpreters(t, src, want)
}

// TestPlannedAddersConcurrentFirstUse has two interpreters read first, at
// once, the dicts of builtin types whose methods a planned adder makes
// when the dict is built (type_dict.go's planAdder): str, bytes and
// bytearray, through a method call, vars and dir.
func TestPlannedAddersConcurrentFirstUse(t *testing.T) {
	const src = `
result = repr(('x'.upper(), b'ab'.hex(), bytearray(b'a').upper(), str.maketrans('a', 'b'),
    'zfill' in vars(str), 'fromhex' in dir(bytes), 'append' in vars(bytearray),
    list(vars(bytes))[-3:], list(vars(str)).index('upper') > list(vars(str)).index('lower')))
`
	const want = "('X', '6162', bytearray(b'A'), {97: 98}, True, True, True, ['maketrans', '__getnewargs__', '__new__'], True)"
	runInTwoInterpreters(t, src, want)
}
