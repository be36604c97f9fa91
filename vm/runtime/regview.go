//go:build !race

package runtime

// regsViewPad is the slack allocated after every register array: none in
// normal builds, where the *[256]Value view of Frame.regs is never
// checked; see regview_race.go.
const regsViewPad = 0
