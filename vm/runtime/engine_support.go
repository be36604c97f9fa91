package runtime

// This file holds small helpers the engine needs that the core does not
// (yet) provide. Each is private to the engine or an additive hook.

import (
	"strconv"
)

func hexAddr(v Value) string { return "0x" + strconv.FormatUint(uint64(addressOf(v)), 16) }

func itoa(i int) string { return strconv.Itoa(i) }

// builtinCall calls the builtin named name (looked up in the frame's
// builtins), for operations whose types other areas implement (set,
// slice). It reports a SystemError if the builtin is missing.
func builtinCall(th *Thread, builtins *Dict, name string, args ...Value) (Value, error) {
	fn, ok := builtins.GetStr(name)
	if !ok {
		return Value{}, Errorf(SystemError, "builtin %s is not available", name)
	}
	return Call(th, fn, args, nil)
}
