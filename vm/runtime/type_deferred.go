package runtime

import "sync"

// This file defines deferred type set-up: the slots and methods of
// builtin types that Python code can only reach through a module's import
// (itertools.chain, collections.deque, weakref.proxy, _socket.socket) are
// filled in when that module is first imported instead of at package
// initialisation. Every process pays for package initialisation, `kiln -c
// pass` included, and building a type's methods is most of it: the
// closures, descriptors, key strs and dict growth allocate and touch fresh
// pages and code (docs/performance.md, "Start-up time").
//
// The type objects themselves are still made by NewBuiltinType (they are
// package variables the Go code names); only the set-up is deferred. Until
// it runs, nothing can hold an instance of the types, so nothing can see
// their empty dicts: a deferred type must not be the base of a type that is
// not deferred with it (finishBuiltinTypes checks), nor be handed to Python
// code other than through the modules that call Ensure.

// TypeSetup is the deferred set-up of a group of builtin types.
type TypeSetup struct {
	once  sync.Once
	setup func()
	types []*Type
}

// DeferTypeSetup registers setup, which fills in the slots and methods of
// types, to run at the first Ensure of the returned TypeSetup. It must be
// called from a package init function, and Ensure from the init function
// of every module that exposes the types (RegisterModule), before the
// module can return any of them.
func DeferTypeSetup(setup func(), types ...*Type) *TypeSetup {
	// The flag is written only by package initialisation and read only
	// by finishBuiltinTypes, which runs once, before any Ensure can.
	for _, t := range types {
		t.Flags |= flagDeferredSetup
	}
	return &TypeSetup{setup: setup, types: types}
}

// Ensure runs the set-up, once per process, and finishes the types as
// finishBuiltinTypes finishes the others: it must be called after
// NewInterpreter (from a module's init function).
func (s *TypeSetup) Ensure() {
	s.once.Do(func() {
		// No attribute cache can hold these types yet: filling their
		// dicts need not advance typeEpoch, which would drop every
		// cached lookup (dictTypeFlag).
		for _, t := range s.types {
			t.Dict().version &^= dictTypeFlag
		}
		s.setup()
		for _, t := range s.types {
			finishBuiltinType(t)
			t.Dict().markTypeDict()
		}
	})
}
