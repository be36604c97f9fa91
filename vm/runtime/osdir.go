package runtime

import "os"

// This file defines os.scandir (its iterator and DirEntry objects) and
// os.walk, a lazy generator that, top-down, lets the caller prune the
// directories it descends into by editing the dirnames list in place.

// osDirEntry is a posix.DirEntry.
type osDirEntry struct {
	Object
	name, path string
	entry      os.DirEntry
}

// osScandirIter is a posix.ScandirIterator.
type osScandirIter struct {
	Object
	entries []*osDirEntry
	pos     int
}

// osWalkGen is the generator os.walk returns.
type osWalkGen struct {
	Object
	topdown bool
	onerror Value
	follow  bool
	// stack holds directories to visit (top-down), or the results to
	// yield (bottom-up, computed at the first step).
	stack   []string
	pending []Value // bottom-up results, in order
	started bool
	// last is the top-down triple just yielded: its dirnames list says
	// where to descend next.
	lastDir   string
	lastNames Value
}

func osInitScandirTypes() {
	st := osScandirType
	st.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
	st.Next = func(th *Thread, v Value) (Value, bool, error) {
		it := as[osScandirIter](v)
		if it.pos >= len(it.entries) {
			return Value{}, false, nil
		}
		it.pos++
		return ValueOf(it.entries[it.pos-1]), true, nil
	}
	closeIt := func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		it := as[osScandirIter](self)
		it.pos = len(it.entries)
		return None, nil
	}
	st.AddMethod("close", closeIt)
	st.AddMethod("__exit__", closeIt)
	st.AddMethod("__enter__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) { return self, nil })

	dt := osDirEntryType
	dt.Repr = func(th *Thread, v Value) (Value, error) {
		return NewStr("<DirEntry " + strRepr(as[osDirEntry](v).name) + ">"), nil
	}
	dt.AddGetSet("name", func(th *Thread, v Value) (Value, error) { return NewStr(as[osDirEntry](v).name), nil }, nil)
	dt.AddGetSet("path", func(th *Thread, v Value) (Value, error) { return NewStr(as[osDirEntry](v).path), nil }, nil)
	dt.AddMethod("__fspath__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return NewStr(as[osDirEntry](self).path), nil
	})
	isKind := func(name string, test func(os.FileMode) bool) {
		dt.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			var follow Value
			if err := osUnpackArgs(name, args, kwnames, "$follow_symlinks?", &follow); err != nil {
				return Value{}, err
			}
			e := as[osDirEntry](self)
			mode := e.entry.Type()
			if mode&os.ModeSymlink != 0 && name != "is_symlink" && (!follow.IsValid() || follow.IsTrue()) {
				info, err := os.Stat(e.path)
				if err != nil {
					return False, nil
				}
				mode = info.Mode()
			}
			return Bool(test(mode)), nil
		})
	}
	isKind("is_dir", func(m os.FileMode) bool { return m.IsDir() })
	isKind("is_file", func(m os.FileMode) bool { return m.IsRegular() })
	isKind("is_symlink", func(m os.FileMode) bool { return m&os.ModeSymlink != 0 })
	dt.AddMethod("stat", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		var follow Value
		if err := osUnpackArgs("stat", args, kwnames, "$follow_symlinks?", &follow); err != nil {
			return Value{}, err
		}
		e := as[osDirEntry](self)
		var info os.FileInfo
		var err error
		if !follow.IsValid() || follow.IsTrue() {
			info, err = os.Stat(e.path)
		} else {
			info, err = os.Lstat(e.path)
		}
		if err != nil {
			return Value{}, oserrorFromGo(err, e.path)
		}
		return osStatValue(info), nil
	})
	dt.AddMethod("inode", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		info, err := as[osDirEntry](self).entry.Info()
		if err != nil {
			return Value{}, oserrorFromGo(err, as[osDirEntry](self).path)
		}
		return GetAttr(th, osStatValue(info), "st_ino")
	})

	wt := osWalkType
	wt.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
	wt.Next = osWalkNext
	wt.Repr = func(th *Thread, v Value) (Value, error) {
		return NewStr("<generator object walk at " + formatAddress(v) + ">"), nil
	}
	wt.AddMethod("__next__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		r, ok, err := osWalkNext(th, self)
		if err == nil && !ok {
			err = NewException(StopIteration)
		}
		return r, err
	})
	wt.AddMethod("__iter__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) { return self, nil })
}

// formatAddress is the 0x... address in default reprs.
func formatAddress(v Value) string {
	const digits = "0123456789abcdef"
	p := uint64(addressOf(v))
	buf := []byte{}
	for p > 0 {
		buf = append([]byte{digits[p&15]}, buf...)
		p >>= 4
	}
	return "0x" + string(buf)
}

// osReadDir lists a directory for scandir and walk.
func osReadDir(dir string) ([]*osDirEntry, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := make([]*osDirEntry, len(entries))
	for i, e := range entries {
		out[i] = &osDirEntry{Object: Object{typ: osDirEntryType}, name: e.Name(), path: ospathJoin(dir, e.Name()), entry: e}
	}
	return out, nil
}

func osScandir(th *Thread, args []Value, kwnames []string) (Value, error) {
	p, err := osPathArg(th, "scandir", args, kwnames, true)
	if err != nil {
		return Value{}, err
	}
	entries, err := osReadDir(p)
	if err != nil {
		return Value{}, oserrorFromGo(err, p)
	}
	return ValueOf(&osScandirIter{Object: Object{typ: osScandirType}, entries: entries}), nil
}

func osWalk(th *Thread, args []Value, kwnames []string) (Value, error) {
	var top, topdown, onerror, follow Value
	if err := UnpackArgs("walk", args, kwnames, "top", &top, "topdown?", &topdown, "onerror?", &onerror, "followlinks?", &follow); err != nil {
		return Value{}, err
	}
	dir, err := osFsPathFor(th, "walk", top)
	if err != nil {
		return Value{}, err
	}
	g := &osWalkGen{Object: Object{typ: osWalkType}, topdown: true, onerror: onerror, stack: []string{dir}}
	if topdown.IsValid() {
		if g.topdown, err = Truth(th, topdown); err != nil {
			return Value{}, err
		}
	}
	if follow.IsValid() {
		if g.follow, err = Truth(th, follow); err != nil {
			return Value{}, err
		}
	}
	return ValueOf(g), nil
}

// osWalkList lists dir into its subdirectory and file names, reporting an
// error to onerror (and skipping the directory) as os.walk does.
func osWalkList(th *Thread, g *osWalkGen, dir string) (dirs, files []Value, ok bool, err error) {
	entries, lerr := osReadDir(dir)
	if lerr != nil {
		if g.onerror.IsValid() && !g.onerror.IsNone() {
			_, err = Call(th, g.onerror, []Value{ValueOf(AsException(oserrorFromGo(lerr, dir)))}, nil)
		}
		return nil, nil, false, err
	}
	for _, e := range entries {
		isDir := e.entry.IsDir()
		if !isDir && e.entry.Type()&os.ModeSymlink != 0 {
			if info, err := os.Stat(e.path); err == nil && info.IsDir() {
				isDir = true
			}
		}
		if isDir {
			dirs = append(dirs, NewStr(e.name))
		} else {
			files = append(files, NewStr(e.name))
		}
	}
	return dirs, files, true, nil
}

// osWalkNext yields the next (dirpath, dirnames, filenames).
func osWalkNext(th *Thread, v Value) (Value, bool, error) {
	g := as[osWalkGen](v)
	if !g.topdown {
		if !g.started {
			g.started = true
			if err := osWalkBottomUp(th, g, g.stack[0]); err != nil {
				return Value{}, false, err
			}
			g.stack = nil
		}
		if len(g.pending) == 0 {
			return Value{}, false, nil
		}
		r := g.pending[0]
		g.pending = g.pending[1:]
		return r, true, nil
	}
	// Descend into the subdirectories the caller left in the last list,
	// in order (pushed reversed so the first is visited first).
	if g.lastNames.IsValid() {
		names, err := ToSlice(th, g.lastNames)
		if err != nil {
			return Value{}, false, err
		}
		for i := len(names) - 1; i >= 0; i-- {
			if names[i].Type().Layout != LayoutStr {
				continue
			}
			sub := ospathJoin(g.lastDir, StrValue(names[i]))
			if !g.follow {
				if info, err := os.Lstat(sub); err == nil && info.Mode()&os.ModeSymlink != 0 {
					continue
				}
			}
			g.stack = append(g.stack, sub)
		}
		g.lastNames = Value{}
	}
	for len(g.stack) > 0 {
		dir := g.stack[len(g.stack)-1]
		g.stack = g.stack[:len(g.stack)-1]
		dirs, files, ok, err := osWalkList(th, g, dir)
		if err != nil {
			return Value{}, false, err
		}
		if !ok {
			continue
		}
		g.lastDir, g.lastNames = dir, NewList(dirs)
		return NewTuple([]Value{NewStr(dir), g.lastNames, NewList(files)}), true, nil
	}
	return Value{}, false, nil
}

// osWalkBottomUp collects the walk of dir, children before parents.
func osWalkBottomUp(th *Thread, g *osWalkGen, dir string) error {
	dirs, files, ok, err := osWalkList(th, g, dir)
	if err != nil || !ok {
		return err
	}
	for _, d := range dirs {
		sub := ospathJoin(dir, StrValue(d))
		if !g.follow {
			if info, err := os.Lstat(sub); err == nil && info.Mode()&os.ModeSymlink != 0 {
				continue
			}
		}
		if err := osWalkBottomUp(th, g, sub); err != nil {
			return err
		}
	}
	g.pending = append(g.pending, NewTuple([]Value{NewStr(dir), NewList(dirs), NewList(files)}))
	return nil
}
