package re

import (
	"strings"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// maxParams is the most parameters a function of re binds with bindArgs.
const maxParams = 5

// bindArgs binds a call's arguments to the parameters names (a trailing
// "?" marks an optional one) as rt.UnpackArgs does, and returns them in
// order, the zero Value for an optional one not passed. A call with
// positional arguments only, the usual one, takes them as they are:
// the Values that UnpackArgs binds through pointers escape to the heap,
// three allocations for each call of Pattern.search.
func bindArgs(fname string, args []rt.Value, kw []string, names ...string) ([maxParams]rt.Value, error) {
	required := 0
	for _, n := range names {
		if !strings.HasSuffix(n, "?") {
			required++
		}
	}
	if len(kw) == 0 && len(args) >= required && len(args) <= len(names) {
		var vals [maxParams]rt.Value
		copy(vals[:], args)
		return vals, nil
	}
	return bindArgsSlow(fname, args, kw, names)
}

// bindArgsSlow is bindArgs through rt.UnpackArgs: keywords, and CPython's
// messages for a wrong call.
func bindArgsSlow(fname string, args []rt.Value, kw []string, names []string) ([maxParams]rt.Value, error) {
	vals := new([maxParams]rt.Value)
	pairs := make([]any, 0, 2*len(names))
	for i, n := range names {
		pairs = append(pairs, n, &vals[i])
	}
	err := rt.UnpackArgs(fname, args, kw, pairs...)
	return *vals, err
}
