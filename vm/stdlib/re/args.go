package re

import (
	"fmt"
	"slices"
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
	for _, k := range kw {
		if !slices.ContainsFunc(names, func(n string) bool { return strings.TrimSuffix(n, "?") == k }) {
			// Argument clinic's wording, where UnpackArgs has a Python function's.
			return [maxParams]rt.Value{}, rt.Errorf(rt.TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	vals := new([maxParams]rt.Value)
	pairs := make([]any, 0, 2*len(names))
	for i, n := range names {
		pairs = append(pairs, n, &vals[i])
	}
	err := rt.UnpackArgs(fname, args, kw, pairs...)
	return *vals, err
}

// bindPyArgs is bindArgs for the module's functions, which CPython writes
// in Python: a wrong call gets a Python function's messages ("search()
// missing 1 required positional argument: 'string'"), checked in the
// order CPython binds (keywords, then the positional count, then what is
// missing).
func bindPyArgs(fname string, args []rt.Value, kw []string, names ...string) ([maxParams]rt.Value, error) {
	required := 0
	for _, n := range names {
		if !strings.HasSuffix(n, "?") {
			required++
		}
	}
	npos := len(args) - len(kw)
	if len(kw) == 0 && npos >= required && npos <= len(names) {
		var vals [maxParams]rt.Value
		copy(vals[:], args)
		return vals, nil
	}
	var vals [maxParams]rt.Value
	copy(vals[:min(npos, len(names))], args)
	for i, k := range kw {
		j := slices.IndexFunc(names, func(n string) bool { return strings.TrimSuffix(n, "?") == k })
		if j < 0 {
			return vals, rt.Errorf(rt.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if vals[j].IsValid() {
			return vals, rt.Errorf(rt.TypeError, "%s() got multiple values for argument '%s'", fname, k)
		}
		vals[j] = args[npos+i]
	}
	if npos > len(names) {
		takes := fmt.Sprintf("from %d to %d positional arguments", required, len(names))
		if required == len(names) {
			takes = fmt.Sprintf("%d positional argument%s", required, plural(required))
		}
		was := "were"
		if npos == 1 {
			was = "was"
		}
		return vals, rt.Errorf(rt.TypeError, "%s() takes %s but %d %s given", fname, takes, npos, was)
	}
	var missing []string
	for i, n := range names[:required] {
		if !vals[i].IsValid() {
			missing = append(missing, "'"+n+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[len(missing)-1]
		switch len(missing) {
		case 1:
		case 2:
			list = missing[0] + " and " + list
		default:
			list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + list
		}
		return vals, rt.Errorf(rt.TypeError, "%s() missing %d required positional argument%s: %s", fname, len(missing), plural(len(missing)), list)
	}
	return vals, nil
}

// plural is "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
