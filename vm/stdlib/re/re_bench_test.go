package re_test

// Benchmarks of sub and of groups on Latin-1 subjects from Python code,
// for CPU and allocations per iteration (-benchmem).

import (
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
	_ "github.com/kilnpy/kiln/vm/stdlib"
)

// reBenchRun runs setup once and then body once per iteration.
func reBenchRun(b *testing.B, setup, body string) {
	th := runtime.NewInterpreter(runtime.Options{}).MainThread()
	globals := runtime.NewDict()
	globals.SetStr("__builtins__", runtime.ValueOf(th.Interp.Builtins))
	if _, err := runtime.ExecSource(th, "<setup>", []byte(setup), "exec", globals, nil); err != nil {
		b.Fatal(err)
	}
	code := []byte(body)
	for b.Loop() {
		if _, err := runtime.ExecSource(th, "<bench>", code, "exec", globals, nil); err != nil {
			b.Fatal(err)
		}
	}
}

const reBenchLines = "import re\nlines = ['café x=%d naïve key=%d end' % (i, i * 7) for i in range(1000)]\n"

// BenchmarkSubTemplateLatin1 is sub with group references over 1000
// Latin-1 lines.
func BenchmarkSubTemplateLatin1(b *testing.B) {
	reBenchRun(b, reBenchLines+"kv = re.compile(r'(\\w+)=(\\d+)')\n",
		"for line in lines:\n    kv.sub(r'\\2:\\1', line)\n")
}

// BenchmarkSubCallbackLatin1 is sub with a function reading two groups.
func BenchmarkSubCallbackLatin1(b *testing.B) {
	reBenchRun(b, reBenchLines+"w = re.compile(r'\\b(\\w)(\\w*)\\b')\nf = lambda m: m.group(2)\n",
		"for line in lines:\n    w.sub(f, line)\n")
}

// BenchmarkFinditerGroupsLatin1 reads the groups of every match of a long
// Latin-1 subject.
func BenchmarkFinditerGroupsLatin1(b *testing.B) {
	reBenchRun(b, reBenchLines+"text = '\\n'.join(lines)\n",
		"for m in re.finditer(r'(\\w+)=(\\d+)', text):\n    m.group(1)\n    m.group(2)\n")
}

// BenchmarkSearchFlags is re.search with a RegexFlag argument: the cache
// lookup reads the flag's int value and builds no enum member.
func BenchmarkSearchFlags(b *testing.B) {
	reBenchRun(b, "import re\ns = 'x' * 20 + 'ABC'\nI = re.I\n",
		"for i in range(1000):\n    re.search('abc', s, I)\n")
}

// BenchmarkSearchNoFlags is re.search without flags, the reference for
// BenchmarkSearchFlags.
func BenchmarkSearchNoFlags(b *testing.B) {
	reBenchRun(b, "import re\ns = 'x' * 20 + 'ABC'\n",
		"for i in range(1000):\n    re.search('abc', s)\n")
}
