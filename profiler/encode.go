package profiler

// This file writes profiles in pprof's format: gzipped protocol buffers
// of the message perftools.profiles.Profile (profile.proto in
// github.com/google/pprof). Kiln writes them with this small encoder
// rather than with github.com/google/pprof/profile, which reads them
// everywhere else (kiln-prof, the tests): linking that package into kiln
// costs every start-up about a millisecond and 150 KB of heap for its
// package initialisation (regular expressions for legacy formats), and
// an extra collection in short programs, profiled or not.

import (
	"compress/gzip"
	"io"
	"slices"
)

// pprofProfile mirrors profile.Profile, with what Kiln writes.
type pprofProfile struct {
	// Program names the profile's one mapping: the script that ran, which
	// pprof shows as the profile's name ("prog.py cpu").
	Program           string
	SampleType        []valueType
	DefaultSampleType string
	PeriodType        valueType
	Period            int64
	TimeNanos         int64
	DurationNanos     int64
	Comments          []string
	Sample            []*pprofSample
	Location          []*pprofLocation
	Function          []*pprofFunction
}

type valueType struct{ Type, Unit string }

type pprofSample struct {
	Location []*pprofLocation // innermost first
	Value    []int64
	Label    map[string][]string
}

type pprofLocation struct {
	ID   uint64
	Line []pprofLine // inlined callee first, the location's function last
}

type pprofLine struct {
	Function *pprofFunction
	Line     int64
}

type pprofFunction struct {
	ID        uint64
	Name      string
	Filename  string
	StartLine int64
}

// Field numbers of profile.proto.
const (
	fieldProfileSampleType        = 1
	fieldProfileSample            = 2
	fieldProfileMapping           = 3
	fieldProfileLocation          = 4
	fieldProfileFunction          = 5
	fieldProfileStringTable       = 6
	fieldProfileTimeNanos         = 9
	fieldProfileDurationNanos     = 10
	fieldProfilePeriodType        = 11
	fieldProfilePeriod            = 12
	fieldProfileComment           = 13
	fieldProfileDefaultSampleType = 14

	fieldValueTypeType = 1
	fieldValueTypeUnit = 2

	fieldSampleLocationID = 1
	fieldSampleValue      = 2
	fieldSampleLabel      = 3

	fieldLabelKey = 1
	fieldLabelStr = 2

	fieldMappingID              = 1
	fieldMappingFilename        = 5
	fieldMappingHasFunctions    = 7
	fieldMappingHasFilenames    = 8
	fieldMappingHasLineNumbers  = 9
	fieldMappingHasInlineFrames = 10

	fieldLocationID        = 1
	fieldLocationMappingID = 2
	fieldLocationLine      = 4

	fieldLineFunctionID = 1
	fieldLineLine       = 2

	fieldFunctionID        = 1
	fieldFunctionName      = 2
	fieldFunctionFilename  = 4
	fieldFunctionStartLine = 5
)

// protoBuffer appends protocol buffer fields.
type protoBuffer struct {
	data    []byte
	strings []string
	index   map[string]int64
}

func (b *protoBuffer) varint(x uint64) {
	for x >= 0x80 {
		b.data = append(b.data, byte(x)|0x80)
		x >>= 7
	}
	b.data = append(b.data, byte(x))
}

func (b *protoBuffer) key(field, wire int) { b.varint(uint64(field)<<3 | uint64(wire)) }

// int64 writes a varint field, omitted when zero as proto3 does.
func (b *protoBuffer) int64(field int, x int64) {
	if x != 0 {
		b.key(field, 0)
		b.varint(uint64(x))
	}
}

func (b *protoBuffer) bool(field int, x bool) {
	if x {
		b.int64(field, 1)
	}
}

func (b *protoBuffer) bytes(field int, s string) {
	b.key(field, 2)
	b.varint(uint64(len(s)))
	b.data = append(b.data, s...)
}

// packed writes a packed repeated varint field.
func (b *protoBuffer) packed(field int, xs []uint64) {
	if len(xs) == 0 {
		return
	}
	var inner protoBuffer
	for _, x := range xs {
		inner.varint(x)
	}
	b.key(field, 2)
	b.varint(uint64(len(inner.data)))
	b.data = append(b.data, inner.data...)
}

// message writes a nested message built by fill.
func (b *protoBuffer) message(field int, fill func(m *protoBuffer)) {
	m := protoBuffer{strings: b.strings, index: b.index}
	fill(&m)
	b.strings = m.strings
	b.key(field, 2)
	b.varint(uint64(len(m.data)))
	b.data = append(b.data, m.data...)
}

// str returns the string table index of s, adding it.
func (b *protoBuffer) str(s string) int64 {
	if i, ok := b.index[s]; ok {
		return i
	}
	i := int64(len(b.strings))
	b.strings = append(b.strings, s)
	b.index[s] = i
	return i
}

// write writes p, gzipped, to w.
func (p *pprofProfile) write(w io.Writer) error {
	b := &protoBuffer{strings: []string{""}, index: map[string]int64{"": 0}}
	for _, st := range p.SampleType {
		b.message(fieldProfileSampleType, func(m *protoBuffer) { m.valueType(st) })
	}
	for _, s := range p.Sample {
		b.message(fieldProfileSample, func(m *protoBuffer) {
			ids := make([]uint64, len(s.Location))
			for i, l := range s.Location {
				ids[i] = l.ID
			}
			m.packed(fieldSampleLocationID, ids)
			vs := make([]uint64, len(s.Value))
			for i, v := range s.Value {
				vs[i] = uint64(v)
			}
			m.packed(fieldSampleValue, vs)
			keys := make([]string, 0, len(s.Label))
			for k := range s.Label {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				for _, v := range s.Label[k] {
					m.message(fieldSampleLabel, func(l *protoBuffer) {
						l.int64(fieldLabelKey, l.str(k))
						l.int64(fieldLabelStr, l.str(v))
					})
				}
			}
		})
	}
	// One mapping that says every location is already symbolized, so that
	// pprof does not look for a binary to read symbols from.
	b.message(fieldProfileMapping, func(m *protoBuffer) {
		m.int64(fieldMappingID, 1)
		program := p.Program
		if program == "" {
			program = "python"
		}
		m.int64(fieldMappingFilename, m.str(program))
		m.bool(fieldMappingHasFunctions, true)
		m.bool(fieldMappingHasFilenames, true)
		m.bool(fieldMappingHasLineNumbers, true)
		m.bool(fieldMappingHasInlineFrames, true)
	})
	for _, l := range p.Location {
		b.message(fieldProfileLocation, func(m *protoBuffer) {
			m.int64(fieldLocationID, int64(l.ID))
			m.int64(fieldLocationMappingID, 1)
			for _, ln := range l.Line {
				m.message(fieldLocationLine, func(lm *protoBuffer) {
					lm.int64(fieldLineFunctionID, int64(ln.Function.ID))
					lm.int64(fieldLineLine, ln.Line)
				})
			}
		})
	}
	for _, f := range p.Function {
		b.message(fieldProfileFunction, func(m *protoBuffer) {
			m.int64(fieldFunctionID, int64(f.ID))
			m.int64(fieldFunctionName, m.str(f.Name))
			m.int64(fieldFunctionFilename, m.str(f.Filename))
			m.int64(fieldFunctionStartLine, f.StartLine)
		})
	}
	b.int64(fieldProfileTimeNanos, p.TimeNanos)
	b.int64(fieldProfileDurationNanos, p.DurationNanos)
	b.message(fieldProfilePeriodType, func(m *protoBuffer) { m.valueType(p.PeriodType) })
	b.int64(fieldProfilePeriod, p.Period)
	for _, c := range p.Comments {
		b.int64(fieldProfileComment, b.str(c))
	}
	if p.DefaultSampleType != "" {
		b.int64(fieldProfileDefaultSampleType, b.str(p.DefaultSampleType))
	}
	// The string table goes last: every index has been handed out.
	for _, s := range b.strings {
		b.bytes(fieldProfileStringTable, s)
	}
	zw := gzip.NewWriter(w)
	if _, err := zw.Write(b.data); err != nil {
		return err
	}
	return zw.Close()
}

func (b *protoBuffer) valueType(vt valueType) {
	b.int64(fieldValueTypeType, b.str(vt.Type))
	b.int64(fieldValueTypeUnit, b.str(vt.Unit))
}
