//go:build !linux || !amd64

package prefault

import "sync/atomic"

// start starts no helper where there is no assembly for it: Add reports
// false, and callers map their pages themselves.
func start() bool { return false }

func futexWake(*atomic.Uint32) {}
