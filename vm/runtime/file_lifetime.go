package runtime

// This file defines the lifetime of file objects: the collection token
// that flushes and closes a file the program dropped without closing it, its
// resource record (the leak report of -X track-resources), and the
// closing of every file still open at exit.

import (
	"cmp"
	"slices"
	"unsafe"

	"github.com/kilnpy/kiln/tracelog"
)

// fileWatchCollection arranges for s's core to be flushed and closed once
// s is unreachable, as CPython does when a file object dies.
func fileWatchCollection(s *fileStream) {
	s.collected = WatchCollection(s.core.interp, s.core)
}

// Collected closes a file whose object the program dropped, reporting the
// leak if the program never closed it.
func (c *fileCore) Collected() {
	if c.closed {
		return
	}
	if c.py != nil {
		c.closeReporting()
		return
	}
	c.res.Leak(tracelog.DetectedByGC)
	_ = c.close()
}

// fileTrackOpen gives a file just opened its resource record, when
// something wants one (see NewResource): described by its name and, in the
// warning, by the repr of the object open() returns.
func fileTrackOpen(th *Thread, s *fileStream, f *File) {
	if !th.Interp.resourceWanted() {
		return
	}
	desc := ""
	if s.name.Type().Layout == LayoutStr {
		desc = StrValue(s.name)
	} else if r, err := Repr(th, s.name); err == nil {
		desc = r
	}
	msg := "unclosed file"
	if r, err := fileRepr(th, ValueOf(f)); err == nil {
		msg += " " + StrValue(r)
	}
	r := NewResource(th, tracelog.ResourceFile, desc, msg)
	if raw, err := fileRepr(th, ValueOf(s.view(fileRaw))); err == nil {
		r.Owner = StrValue(raw)
	}
	s.core.res = r
}

// closeOpenFiles flushes and closes every file still open, at exit,
// reporting the ones the program never closed as leaked at exit.
//
// First the instances of Python subclasses of io's bases that the program
// dropped and the collector found, whose finalizer (close) has not run
// yet, are finalized: CPython closed them when they died. Then the
// wrappers over Python streams and the live instances of such subclasses
// are closed as CPython's teardown closes them: an object that another
// one still open wraps (its stream below, or an attribute of a Python
// one) waits for that one, which writes into it as it closes; the others
// close oldest first, as CPython clears a module's globals in the order
// they were bound. Closing runs Python code (the object's write and
// close), which may open and wrap again, so they are looked for until
// none is left. Then the files close in opening order, so that appends to
// one path keep the program's order: a wrapper over an open() file has
// written into it by then.
func (interp *Interpreter) closeOpenFiles(th *Thread) {
	for _, it := range interp.takeQueuedIOObjects() {
		interp.finalizeAtExit(th, it.v)
	}
	for range 16 {
		closers := interp.exitClosers()
		if len(closers) == 0 {
			break
		}
		for _, c := range closers {
			if c.wrapper != nil {
				c.wrapper.closeReporting()
			} else {
				interp.finalizeAtExit(th, c.obj)
			}
		}
	}
	for _, c := range interp.openFileCores() {
		if c.py != nil {
			continue
		}
		if !c.closed {
			c.res.Leak(tracelog.DetectedAtExit)
		}
		_ = c.close()
	}
}

// exitCloser is a wrapper over a Python stream, or a live instance of a
// Python subclass of io's bases, to close at exit.
type exitCloser struct {
	seq     int64
	wrapper *fileCore
	obj     Value
}

// exitClosers returns, oldest first, the wrappers still open and the io
// objects still alive that no other of them wraps (all of them if they
// wrap each other round). finalizeAtExit takes each io object closed out
// of the finalizable set, so a later round does not see it again.
func (interp *Interpreter) exitClosers() []exitCloser {
	var all []exitCloser
	for _, c := range interp.openFileCores() {
		if c.py != nil {
			all = append(all, exitCloser{seq: c.seq, wrapper: c})
		}
	}
	// The live io objects are among the watched ones: an address stays
	// valid while it is in finalizable (its Go finalizer, which removes
	// it, must run before the object can be freed), and taking it here
	// keeps the object alive from then on.
	l := &interp.life
	l.mu.Lock()
	for addr, seq := range l.finalizable {
		o := (*Object)(*(*unsafe.Pointer)(unsafe.Pointer(&addr)))
		if isIOBaseInstance(o.typ) {
			all = append(all, exitCloser{seq: seq, obj: ValueOf(o)})
		}
	}
	l.mu.Unlock()
	if len(all) == 0 {
		return nil // a program that left nothing open: no map, no sort
	}
	if len(all) > 1 { // see openFileCores
		slices.SortFunc(all, func(a, b exitCloser) int { return cmp.Compare(a.seq, b.seq) })
	}

	// What each one wraps: a wrapper's stream below; the attributes of a
	// Python object (a file among them stands for its core).
	wrapped := map[unsafe.Pointer]bool{}
	mark := func(v Value) {
		if v.p == nil || v.IsImmediate() {
			return
		}
		if isFileObject(v) {
			wrapped[unsafe.Pointer(fileSelf(v).s.core)] = true
			return
		}
		wrapped[v.p] = true
	}
	for _, c := range all {
		if c.wrapper != nil {
			mark(c.wrapper.py.obj)
		} else if d := c.obj.header().dict; d != nil {
			for i := range d.EntryCap() {
				if _, v, ok := d.Entry(i); ok {
					mark(v)
				}
			}
		}
	}
	ready := all[:0:0]
	for _, c := range all {
		key := c.obj.p
		if c.wrapper != nil {
			key = unsafe.Pointer(c.wrapper)
		}
		if !wrapped[key] {
			ready = append(ready, c)
		}
	}
	if len(ready) == 0 {
		ready = all
	}
	return ready
}

// openFileCores returns the cores of the files and wrappers still open,
// in registration order.
func (interp *Interpreter) openFileCores() []*fileCore {
	st := &interp.mods
	st.filesMu.Lock()
	cores := make([]*fileCore, 0, len(st.openFiles))
	for c := range st.openFiles {
		cores = append(cores, c)
	}
	st.filesMu.Unlock()
	// The exit of a program that opened nothing has nothing to sort, and
	// each instance of the generic sort is code of its own to fault in,
	// even to return at once (docs/performance.md, "Start-up time"): the
	// length is tested here, where it inlines.
	if len(cores) > 1 {
		slices.SortFunc(cores, func(a, b *fileCore) int { return cmp.Compare(a.seq, b.seq) })
	}
	return cores
}
