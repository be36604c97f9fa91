//go:build amd64 && linux

package native

import (
	"fmt"
)

func sscanMap(line string, lo, hi *uintptr, perm *string) (int, error) {
	return fmt.Sscanf(line, "%x-%x %s", lo, hi, perm)
}

// yieldNow is what a dispatcher does on a yield exit.
func yieldNow() { Yield() }
