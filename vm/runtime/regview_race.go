//go:build race

package runtime

// regsViewPad is the slack allocated after every register array. Frame.regs
// views registers as a *[256]Value, and the race detector's pointer checks
// (checkptr) insist that such a view lies inside one allocation. The
// interpreter never touches the slack: the compiler keeps every operand
// below Code.NumRegs. Normal builds allocate no slack (regview.go).
const regsViewPad = 256
