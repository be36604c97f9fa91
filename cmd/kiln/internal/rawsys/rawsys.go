// Package rawsys makes the few system calls and environment lookups that
// kiln's earliest start-up packages (boot, exepages) need, without package
// syscall.
//
// A package that imports syscall initialises after it and after the
// packages before it (errors, sync, internal/godebug and others), and the
// start-up packages must initialise before those: their work is to map the
// pages the later inits touch. Depending on the runtime alone, they come
// right after the runtime's own inits (GODEBUG=inittrace=1).
package rawsys

import _ "unsafe" // for go:linkname

// Getenv looks name up in the environment the process started with: the
// runtime's copy, which it hands to package syscall, read here without
// waiting for syscall's init. ok is whether name is set, to anything.
func Getenv(name string) (value string, ok bool) {
	for _, kv := range runtimeEnvs() {
		if len(kv) > len(name) && kv[len(name)] == '=' && kv[:len(name)] == name {
			return kv[len(name)+1:], true
		}
	}
	return "", false
}

//go:linkname runtimeEnvs syscall.runtime_envs
func runtimeEnvs() []string

// Failed reports whether r, the result of a system call made in assembly
// of its own (a clone), is -errno: the results from -4095 up, as unsigned
// numbers, are.
func Failed(r uintptr) bool { return r >= ^uintptr(4094) }
