package runtime

// This file defines the lifetime of file objects: the collection token
// that flushes and closes a file the program dropped without closing it, its
// resource record (the leak report of -X track-resources), and the
// closing of every file still open at exit.

import (
	"cmp"
	"slices"

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
// Wrappers over Python streams go first, newest first: a wrapper is made
// after the object it wraps, so a wrapper over a wrapper writes into the
// one below before that one closes, and a wrapper over an open() file
// writes into the file before the file closes. Closing a wrapper runs
// Python code (the object's write and close), which may open and wrap
// again, so the wrappers are looked for until none is left. Then the
// files close in opening order, so that appends to one path keep the
// program's order.
func (interp *Interpreter) closeOpenFiles() {
	for range 8 {
		var wrappers []*fileCore
		for _, c := range interp.openFileCores() {
			if c.py != nil {
				wrappers = append(wrappers, c)
			}
		}
		if len(wrappers) == 0 {
			break
		}
		for i := len(wrappers) - 1; i >= 0; i-- {
			wrappers[i].closeReporting()
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
	slices.SortFunc(cores, func(a, b *fileCore) int { return cmp.Compare(a.seq, b.seq) })
	return cores
}
