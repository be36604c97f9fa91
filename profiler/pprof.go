package profiler

// This file builds pprof profiles (encode.go writes them) out of runtime.ProfileFrame stacks:
// one pprof Function per Python code object (name, file, first line), one
// Location per (function, line), builtins and JIT loops as functions of
// their own, and samples merged by stack and labels.

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
)

// builder accumulates samples into a pprof profile.
type builder struct {
	p       *pprofProfile
	funcs   map[funcKey]*pprofFunction
	locs    map[locKey]*pprofLocation
	samples map[string]*pprofSample
	key     strings.Builder
	locBuf  []*pprofLocation
}

// funcKey identifies a function: a code object, or a synthetic name
// (builtins, JIT loops, <gc>) when code is nil.
type funcKey struct {
	code *runtime.Code
	name string
}

// locKey identifies a location: a line of a function, or a position of a
// JIT loop.
type locKey struct {
	fn        funcKey
	line      int
	jitLoop   uint32
	jitPos    uint32
	isJITLoop bool
}

func newBuilder(th *runtime.Thread, sampleTypes ...valueType) *builder {
	return &builder{
		p:       &pprofProfile{Program: programName(th), SampleType: sampleTypes},
		funcs:   map[funcKey]*pprofFunction{},
		locs:    map[locKey]*pprofLocation{},
		samples: map[string]*pprofSample{},
	}
}

// programName is the base name of the script th's interpreter runs
// (sys.argv[0] as the command line gave it), or "" for -c and the REPL.
func programName(th *runtime.Thread) string {
	argv := th.Interp.Options.Argv
	if len(argv) == 0 || argv[0] == "" || argv[0] == "-c" || argv[0] == "-" {
		return ""
	}
	return filepath.Base(argv[0])
}

// function returns the pprof function for k, making it the first time.
func (b *builder) function(k funcKey, filename string, startLine int) *pprofFunction {
	if f := b.funcs[k]; f != nil {
		return f
	}
	name := k.name
	if k.code != nil {
		name = k.code.Qualname
		if name == "" {
			name = k.code.Name
		}
		filename, startLine = k.code.Filename, int(k.code.FirstLine)
	}
	// No SystemName: pprof takes a function whose SystemName differs
	// from its Name as already demangled, and otherwise strips "<...>"
	// from names as C++ template parameters (<module>, <lambda>).
	f := &pprofFunction{ID: uint64(len(b.p.Function) + 1), Name: name,
		Filename: filename, StartLine: int64(startLine)}
	b.p.Function = append(b.p.Function, f)
	b.funcs[k] = f
	return f
}

func (b *builder) newLocation(k locKey, lines []pprofLine) *pprofLocation {
	l := &pprofLocation{ID: uint64(len(b.p.Location) + 1), Line: lines}
	b.p.Location = append(b.p.Location, l)
	b.locs[k] = l
	return l
}

// frameLocation returns the location of one Python or builtin frame.
func (b *builder) frameLocation(fr runtime.ProfileFrame) *pprofLocation {
	k := locKey{fn: funcKey{code: fr.Code}, line: fr.Line}
	if fr.Code == nil {
		k.fn.name, k.line = BuiltinFrameName(fr.Builtin), 0
	}
	if l := b.locs[k]; l != nil {
		return l
	}
	f := b.function(k.fn, "", 0)
	return b.newLocation(k, []pprofLine{{Function: f, Line: int64(k.line)}})
}

// syntheticLocation returns the location of a frame that is only a name:
// <gc>, <jit-backend loop N>.
func (b *builder) syntheticLocation(name string) *pprofLocation {
	k := locKey{fn: funcKey{name: name}}
	if l := b.locs[k]; l != nil {
		return l
	}
	return b.newLocation(k, []pprofLine{{Function: b.function(k.fn, "", 0)}})
}

// jitLocations appends to locs the locations of compiled code of a loop
// at a position, innermost first: the Python functions at that position,
// as one location whose lines are the inlined functions innermost first
// and the loop's own function last (pprof's form of inlining), then the
// frame "<jit loop N file:line>" of the loop, which sits above the
// interpreter's frame of the loop's function.
func (b *builder) jitLocations(locs []*pprofLocation, id, pos uint32, loop *runtime.JITLoop) []*pprofLocation {
	if loop != nil && int(pos) < len(loop.Positions) && len(loop.Positions[pos]) > 0 {
		k := locKey{jitLoop: id, jitPos: pos, isJITLoop: true}
		l := b.locs[k]
		if l == nil {
			inl := loop.Positions[pos]
			lines := make([]pprofLine, 0, len(inl))
			for i := len(inl) - 1; i >= 0; i-- { // innermost first
				fk := funcKey{code: inl[i].Code}
				if inl[i].Code == nil {
					fk.name = BuiltinFrameName(inl[i].Builtin)
				}
				lines = append(lines, pprofLine{Function: b.function(fk, "", 0), Line: int64(inl[i].Line)})
			}
			l = b.newLocation(k, lines)
		}
		locs = append(locs, l)
	}
	k := locKey{jitLoop: id, isJITLoop: true, jitPos: 1 << 31}
	l := b.locs[k]
	if l == nil {
		name, file, line := JITFrameName(id, loop)
		fn := b.function(funcKey{name: name}, file, line)
		l = b.newLocation(k, []pprofLine{{Function: fn, Line: int64(line)}})
	}
	return append(locs, l)
}

// add records values for the stack (locations innermost first) with the
// labels, merging with an earlier sample of the same stack and labels.
func (b *builder) add(locs []*pprofLocation, labels map[string][]string, values ...int64) {
	b.key.Reset()
	for _, l := range locs {
		b.key.WriteString(strconv.FormatUint(l.ID, 36))
		b.key.WriteByte(',')
	}
	for _, name := range labelOrder {
		if vs, ok := labels[name]; ok {
			b.key.WriteString(name + "=" + strings.Join(vs, "/") + ";")
		}
	}
	if s := b.samples[b.key.String()]; s != nil {
		for i, v := range values {
			s.Value[i] += v
		}
		return
	}
	s := &pprofSample{Location: append([]*pprofLocation(nil), locs...),
		Value: append([]int64(nil), values...), Label: labels}
	b.p.Sample = append(b.p.Sample, s)
	b.samples[b.key.String()] = s
}

// labelOrder is every label name a sample may carry, for sample keys.
var labelOrder = []string{"tier", "loop", "type"}

// BuiltinFrameName is the function name of a builtin's frame.
func BuiltinFrameName(name string) string { return "<builtin " + name + ">" }

// JITFrameName returns the function name of a compiled loop's frame,
// "<jit loop N prog.py:12>", with the source file and line of its header
// (empty and 0 when the loop was not registered).
func JITFrameName(id uint32, loop *runtime.JITLoop) (name, file string, line int) {
	name = "<jit loop " + strconv.FormatUint(uint64(id), 10)
	if loop != nil && loop.Code != nil {
		file = loop.Code.Filename
		pc := min(max(loop.PC, 0), max(len(loop.Code.Insns)-1, 0))
		line = loop.Code.Line(pc)
		name += " " + filepath.Base(file) + ":" + strconv.Itoa(line)
	}
	return name + ">", file, line
}
