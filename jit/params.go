// This file defines the JIT's tunables, PyPy's --jit options, which the
// command line parses and documents (--jit help) and kilnjit.set_param sets.

package jit

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Params are the JIT's tunables. The zero value is not useful: start from
// DefaultParams.
type Params struct {
	Off               bool // --jit off: interpret only
	Threshold         int  // loop back-edges before a loop is traced
	FunctionThreshold int  // calls before a function is traced from its start
	TraceEagerness    int  // guard failures before a bridge is compiled
	TraceLimit        int  // recorded operations before tracing aborts (too long)
	Decay             int  // how much counters decay, 0 (none) to 1000 (max)
	// ResidualCost is how many specialised instructions a trace needs per
	// residual call to be compiled (record_residual.go): Kiln's own.
	ResidualCost int
	// CallAssembler (call_assembler=1, the default) keeps a function
	// trace's recursive calls as calls of its own compiled code, native
	// on x86-64 (callasm.go): Kiln's own; 0 aborts such traces.
	CallAssembler int
}

// param describes one option: its name, its help text (PyPy's, where the
// option is PyPy's) and where it lives in Params.
type param struct {
	name  string
	help  string
	field func(*Params) *int
}

// params is the one table of --jit options, in PyPy's order (alphabetical).
var params = []param{
	{"call_assembler", "1: compile a function's recursive calls as calls of its own compiled code (0: abort the trace)", func(p *Params) *int { return &p.CallAssembler }},
	{"decay", "amount to regularly decay counters by (0=none, 1000=max)", func(p *Params) *int { return &p.Decay }},
	{"function_threshold", "number of times a function must run for it to become traced from start", func(p *Params) *int { return &p.FunctionThreshold }},
	{"residual_cost", "instructions a trace must specialise per residual call (a call into the interpreter's code) to be compiled", func(p *Params) *int { return &p.ResidualCost }},
	{"threshold", "number of times a loop has to run for it to become hot", func(p *Params) *int { return &p.Threshold }},
	{"trace_eagerness", "number of times a guard has to fail before we start compiling a bridge", func(p *Params) *int { return &p.TraceEagerness }},
	{"trace_limit", "number of recorded operations before we abort tracing with ABORT_TOO_LONG", func(p *Params) *int { return &p.TraceLimit }},
}

// DefaultParams returns PyPy's defaults.
func DefaultParams() Params {
	return Params{Threshold: 1039, FunctionThreshold: 1619, TraceEagerness: 200, TraceLimit: 6000, Decay: 40, ResidualCost: 12, CallAssembler: 1}
}

// ErrHelp is returned by Parse for "help": the caller prints Help and
// exits successfully.
var ErrHelp = fmt.Errorf("jit: help requested")

// Parse applies a --jit argument, a comma-separated list of name=value
// settings and the words "off" and "help", to p.
func (p *Params) Parse(spec string) error {
	for _, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		switch item {
		case "":
			continue
		case "off":
			p.Off = true
			continue
		case "help":
			return ErrHelp
		}
		name, value, ok := strings.Cut(item, "=")
		if !ok {
			return fmt.Errorf("--jit: expected name=value, got %q (see --jit help)", item)
		}
		pp := lookupParam(name)
		if pp == nil {
			return fmt.Errorf("--jit: unknown option %q (see --jit help)", name)
		}
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 {
			return fmt.Errorf("--jit: %s needs a non-negative integer, got %q", name, value)
		}
		if name == "decay" && n > 1000 {
			return fmt.Errorf("--jit: decay must be between 0 and 1000, got %d", n)
		}
		*pp.field(p) = n
	}
	return nil
}

func lookupParam(name string) *param {
	for i := range params {
		if params[i].name == name {
			return &params[i]
		}
	}
	return nil
}

// Set sets one parameter by name, as kilnjit.set_param does.
func (p *Params) Set(name string, value int) error {
	pp := lookupParam(name)
	if pp == nil {
		return fmt.Errorf("no JIT parameter named %q", name)
	}
	*pp.field(p) = value
	return nil
}

// Get returns one parameter by name.
func (p *Params) Get(name string) (int, bool) {
	pp := lookupParam(name)
	if pp == nil {
		return 0, false
	}
	return *pp.field(p), true
}

// Names lists the parameter names in table order.
func Names() []string {
	names := make([]string, len(params))
	for i, pp := range params {
		names[i] = pp.name
	}
	return names
}

// WriteHelp prints the --jit help page in PyPy's layout.
func WriteHelp(w io.Writer) {
	d := DefaultParams()
	fmt.Fprintln(w, "Advanced JIT options: a comma-separated list of OPTION=VALUE:")
	for _, pp := range params {
		fmt.Fprintf(w, " %s=N\n    %s (default %d)\n", pp.name, pp.help, *pp.field(&d))
	}
	fmt.Fprintln(w, " off\n    turn off the JIT")
	fmt.Fprintln(w, " help\n    print this page")
	fmt.Fprintln(w, "The \"kilnjit\" module can be used to control the JIT from inside python")
}
