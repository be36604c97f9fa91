// This file defines the runtime facts the server shows and where it keeps
// them: per file, the facts of the last run or trace log that covered it,
// each on a line of the current text (see staleness.go).

package lsp

import (
	"os"
	"sync"
	"time"

	"github.com/kilnpy/kiln/tracelog"
)

// fileFacts are the facts one run produced about one file.
type fileFacts struct {
	path   string
	base   *document // the text the lines below refer to
	source string    // the trace log (or run) they came from
	loaded time.Time

	leaks  []*leakFact
	loops  []*loopFact
	warmup *warmupFact // on the script a run started with; nil elsewhere
	funcs  []*funcFact
	lines  map[int]*sampleCount // samples whose innermost frame in this file is on the line
	total  int64                // samples in the whole profile
	jitOn  bool                 // the run had a JIT: loops without events are "never hot"
}

// leakFact is a resource.leak event: a file (socket, generator) that was
// not closed explicitly.
type leakFact struct {
	line, col  int // allocation site; col is a byte column, -1 if unknown
	resource   string
	desc       string
	detectedBy string
	stack      []leakFrame // allocation stack, innermost first
}

// leakFrame is one frame of an allocation stack, its file resolved.
type leakFrame struct {
	fn   string
	path string
	line int // 1-based, as the run saw it
}

// loopFact is what the JIT did with the loop whose header is on line.
type loopFact struct {
	line     int
	fn       string
	hot      int64 // counter value when it became hot; 0 if never hot
	loopID   int64 // 0 if not compiled
	compile  time.Duration
	bridges  int
	guard    *guardFact // the guard that failed most
	abort    *tracelog.TraceAbort
	invalid  string // why the compiled loop was thrown away, if it was
	ir       string // optimised IR with the source interleaved
	bridgeIR []string
}

type guardFact struct {
	line  int
	count int64
}

// warmupFact summarises how long the JIT took to reach steady state.
type warmupFact struct {
	steady time.Duration // from start to the last compilation
	total  time.Duration
	loops  int
	// interpretedShare is the share of the run's CPU time spent
	// interpreting the compiled loops' code before the JIT took each
	// over, from the profile's warm-up comments; -1 without them.
	interpretedShare float64
}

// funcFact is the share of CPU samples of the function defined on line.
type funcFact struct {
	line    int
	name    string
	samples int64
	jit     int64
}

// sampleCount counts samples by tier (interp, jit, tracing, ...).
type sampleCount struct {
	total  int64
	byTier map[string]int64
}

// remap moves every fact through m (see lineEdit.mapper), dropping those
// on lines m reports as edited.
func (f *fileFacts) remap(m func(int) int) {
	leaks := f.leaks[:0]
	for _, l := range f.leaks {
		if l.line = m(l.line); l.line < 0 {
			continue
		}
		// The traceback's frames in this file move too; a frame on an
		// edited line is left out of the related information.
		for i, fr := range l.stack {
			if fr.path == f.path && fr.line > 0 {
				l.stack[i].line = m(fr.line-1) + 1
			}
		}
		leaks = append(leaks, l)
	}
	f.leaks = leaks
	loops := f.loops[:0]
	for _, l := range f.loops {
		if l.line = m(l.line); l.line < 0 {
			continue
		}
		if l.guard != nil {
			if l.guard.line = m(l.guard.line); l.guard.line < 0 {
				l.guard = nil
			}
		}
		loops = append(loops, l)
	}
	f.loops = loops
	funcs := f.funcs[:0]
	for _, fn := range f.funcs {
		if fn.line = m(fn.line); fn.line >= 0 {
			funcs = append(funcs, fn)
		}
	}
	f.funcs = funcs
	lines := make(map[int]*sampleCount, len(f.lines))
	for l, c := range f.lines {
		if nl := m(l); nl >= 0 {
			lines[nl] = c
		}
	}
	f.lines = lines
}

// factStore holds the facts of every file, open or not.
type factStore struct {
	mu     sync.Mutex
	byPath map[string]*fileFacts
}

func newFactStore() *factStore { return &factStore{byPath: map[string]*fileFacts{}} }

// replace installs the facts of a new run for a file, replacing the
// previous run's. If the file is open, they move from the text that ran
// onto the text being edited.
func (fs *factStore) replace(f *fileFacts, open *document) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if open != nil && f.base != nil && open.text != f.base.text {
		f.remap(wholeFileEdit(f.base, open).mapper())
	}
	if open != nil {
		f.base = open
	}
	fs.byPath[f.path] = f
}

// attach places a file's facts on a document just opened, whose text may
// differ from the text they refer to.
func (fs *factStore) attach(d *document) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	f := fs.byPath[d.path]
	if f == nil || d.path == "" {
		return
	}
	if f.base != nil && f.base.text != d.text {
		f.remap(wholeFileEdit(f.base, d).mapper())
	}
	f.base = d
}

// follow moves a file's facts through the edits that made d.
func (fs *factStore) follow(path string, edits []lineEdit, d *document) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	f := fs.byPath[path]
	if f == nil || path == "" {
		return
	}
	for _, e := range edits {
		f.remap(e.mapper())
	}
	f.base = d
}

// get returns the facts of a file, or nil. The caller must not keep them
// past the next edit: it reads them under view.
func (fs *factStore) view(path string, fn func(*fileFacts)) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f := fs.byPath[path]; f != nil && path != "" {
		fn(f)
	}
}

// paths lists the files that have facts.
func (fs *factStore) paths() []string {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	var ps []string
	for p := range fs.byPath {
		ps = append(ps, p)
	}
	return ps
}

// diskDocument reads a file as the document facts refer to when it is not
// open; nil if it cannot be read.
func diskDocument(path string) *document {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	d := newDocument(fileURI(path), 0, string(b))
	return d
}
