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
	if !c.closed {
		c.res.Leak(tracelog.DetectedByGC)
		_ = c.close()
	}
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
func (interp *Interpreter) closeOpenFiles() {
	for _, c := range interp.openFileCores() {
		if !c.closed {
			c.res.Leak(tracelog.DetectedAtExit)
		}
		_ = c.close()
	}
}

// openFileCores returns the cores of the files still open, in opening
// order when they have resource records (so that exit reports leaks in a
// stable order).
func (interp *Interpreter) openFileCores() []*fileCore {
	st := &interp.mods
	st.filesMu.Lock()
	cores := make([]*fileCore, 0, len(st.openFiles))
	for c := range st.openFiles {
		cores = append(cores, c)
	}
	st.filesMu.Unlock()
	slices.SortFunc(cores, func(a, b *fileCore) int {
		return cmp.Compare(a.res.idOrZero(), b.res.idOrZero())
	})
	return cores
}

// idOrZero is r's id, or 0 for no record.
func (r *Resource) idOrZero() int64 {
	if r == nil {
		return 0
	}
	return r.ID
}
