package stdlib_test

import (
	"sync"
	"testing"
)

// TestDeferredTypesConcurrentImports checks that the modules whose types
// are set up at their first import (runtime.DeferTypeSetup) work when two
// interpreters import them at once: one sets the types up while the other
// waits for it (go test -race checks that they share nothing unguarded).
func TestDeferredTypesConcurrentImports(t *testing.T) {
	// The modules written in Go, imported directly: the Python modules
	// over them (collections, random, socket) are compiled once per
	// process by whichever interpreter gets there first, and that cache
	// is not what this test is about.
	const src = `
import itertools, _collections, _operator, _functools, struct, _random, _socket, _weakref
s = {1, 2, 3}
d = _collections.deque([1, 2, 3], maxlen=3)
d.append(4)
sock = _socket.socket()
sock.close()
result = repr((list(itertools.islice(itertools.count(5), 3)), list(d), len(_weakref.proxy(s)),
    _operator.itemgetter(1)('xy'), _functools.partial(max, 1)(2), struct.unpack('<h', struct.pack('<h', -2)),
    _random.Random(1).random() < 1, sock.fileno()))
`
	const want = "([5, 6, 7], [2, 3, 4], 3, 'y', 2, (-2,), True, -1)"
	runInTwoInterpreters(t, src, want)
}

// TestConcurrentInterpretersShareBuiltinTypes runs two interpreters that
// subclass the builtin types, which every interpreter of the process
// shares, ask them for their subclasses, and import a module kept as
// Python source, at the same time (run it with -race).
func TestConcurrentInterpretersShareBuiltinTypes(t *testing.T) {
	const src = `
import textwrap
made = [type('C%d' % i, (base,), {}) for i in range(50) for base in (object, int, Exception, dict)]
seen = sum(1 for c in made if c in c.__base__.__subclasses__())
result = repr((seen, textwrap.dedent('  x')))
`
	const want = "(200, 'x')"
	runInTwoInterpreters(t, src, want)
}

// TestConcurrentInterpretersBuildTypeDicts has two interpreters read the
// builtin types' dicts, which are built at their first read
// (runtime/type_dict.go), at the same time (run it with -race).
func TestConcurrentInterpretersBuildTypeDicts(t *testing.T) {
	const src = `
import builtins
types = [t for t in vars(builtins).values() if isinstance(t, type)]
types += [type(iter(b'')), type({}.items()), type(iter(range(3))), type(reversed([])), type(memoryview(b'').cast('B'))]
sizes = [len(t.__dict__) for t in types]
calls = (bytearray(b'ab').hex(), frozenset('a').isdisjoint('b'), complex(1, 2).conjugate(), memoryview(b'xy').tolist(),
    range(5).index(3), b'a,b'.split(b','), 'A'.casefold(), int.from_bytes(b'\x01', 'big'), (1.5).as_integer_ratio())
result = repr((len(types) > 60, sum(sizes) > 700, calls))
`
	const want = "(True, True, ('6162', True, (1-2j), [120, 121], 3, [b'a', b'b'], 'a', 1, (3, 2)))"
	runInTwoInterpreters(t, src, want)
}

// runInTwoInterpreters runs src in two interpreters at once and checks
// that each leaves want in its global result.
func runInTwoInterpreters(t *testing.T, src, want string) {
	t.Helper()
	vms := []*isolationVM{newIsolationVM(t), newIsolationVM(t)}
	results := make([]string, len(vms))
	var wg sync.WaitGroup
	for i, vm := range vms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = vm.run(t, src)
		}()
	}
	wg.Wait()
	for i, r := range results {
		if r != want {
			t.Errorf("interpreter %d: got %s, want %s", i, r, want)
		}
	}
}
