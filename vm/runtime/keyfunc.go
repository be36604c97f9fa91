package runtime

// This file defines KeyFunc, the one-argument call that sorted(), min(),
// max(), list.sort and heapq's nsmallest and nlargest make once per item.

// KeyFunc calls a key function on one item at a time through an argument
// slice it keeps for all the calls: a fresh []Value{x} per call escapes
// through Call and costs an allocation per item (200000 for
// nsmallest(10, words, key=len)). Reusing the slice is safe because no
// callee keeps its args: the interpreter already passes natives windows
// of its register stack that later instructions overwrite, and Python
// functions copy their arguments into their frame.
type KeyFunc struct {
	th  *Thread
	fn  Value
	arg [1]Value
}

// NewKeyFunc returns a KeyFunc calling fn on th.
func NewKeyFunc(th *Thread, fn Value) *KeyFunc { return &KeyFunc{th: th, fn: fn} }

// Call returns fn(x).
func (k *KeyFunc) Call(x Value) (Value, error) {
	k.arg[0] = x
	r, err := Call(k.th, k.fn, k.arg[:], nil)
	k.arg[0] = Value{}
	return r, err
}
