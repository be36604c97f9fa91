package main

import (
	"fmt"
	"strings"
)

// programKind says what the command line asked to run.
type programKind int

const (
	runREPL    programKind = iota // no program: interactive (or stdin when not a terminal)
	runFile                       // kiln prog.py
	runCommand                    // kiln -c CODE
	runModule                     // kiln -m module
	runStdin                      // kiln -
)

// invocation is a parsed command line, following CPython's rules: options
// come first, single-letter options may be combined (-uB), and -c, -m, a
// file name or "-" end the options; everything after is sys.argv[1:].
type invocation struct {
	mode   programKind
	target string   // the file, the code of -c, or the module of -m
	args   []string // sys.argv[1:]

	version     int  // -V count (2: verbose version)
	help        bool // -h, -?, --help
	unbuffered  bool // -u
	ignoreEnv   bool // -E
	isolated    bool // -I
	inspect     bool // -i
	quiet       bool // -q
	safePath    bool // -P
	skipFirst   bool // -x
	optimize    int  // -O count
	warnOptions []string
	xoptions    []string // -X values in order, "name" or "name=value"
	jit         []string // --jit values in order
}

// usageError is a command-line mistake: CPython prints it with the usage
// line and exits 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// noArgFlags are the single-letter options that take no argument and that
// Kiln accepts; most of them change nothing here (-B: there are no .pyc
// files; -s, -S: there is no site module).
const noArgFlags = "bBdEhiIOPqsSuvVx?R"

// parseArgs parses the arguments that follow the program name.
func parseArgs(args []string) (*invocation, error) {
	inv := &invocation{}
	i := 0
	for i < len(args) {
		a := args[i]
		if a == "-" {
			inv.mode = runStdin
			inv.args = args[i+1:]
			return inv, nil
		}
		if a == "--" {
			i++
			break
		}
		if !strings.HasPrefix(a, "-") {
			break
		}
		if strings.HasPrefix(a, "--") {
			name, value, hasValue := strings.Cut(a[2:], "=")
			switch name {
			case "version":
				inv.version++
			case "help":
				inv.help = true
			case "jit":
				if !hasValue {
					i++
					if i >= len(args) {
						return nil, &usageError{"Argument expected for the --jit option"}
					}
					value = args[i]
				}
				inv.jit = append(inv.jit, value)
			case "check-hash-based-pycs":
				if !hasValue {
					i++
				}
			default:
				return nil, &usageError{"unknown option " + a}
			}
			i++
			continue
		}
		// A cluster of single-letter options such as -uBc.
		for j := 1; j < len(a); j++ {
			c := a[j]
			switch c {
			case 'c', 'm', 'W', 'X':
				value := a[j+1:]
				if value == "" {
					i++
					if i >= len(args) {
						return nil, &usageError{fmt.Sprintf("Argument expected for the -%c option", c)}
					}
					value = args[i]
				}
				switch c {
				case 'c':
					inv.mode, inv.target = runCommand, value
					inv.args = args[i+1:]
					return inv, nil
				case 'm':
					inv.mode, inv.target = runModule, value
					inv.args = args[i+1:]
					return inv, nil
				case 'W':
					inv.warnOptions = append(inv.warnOptions, value)
				case 'X':
					inv.xoptions = append(inv.xoptions, value)
				}
				j = len(a)
				continue
			}
			if !strings.ContainsRune(noArgFlags, rune(c)) {
				return nil, &usageError{fmt.Sprintf("Unknown option: -%c", c)}
			}
			switch c {
			case 'V':
				inv.version++
			case 'h', '?':
				inv.help = true
			case 'u':
				inv.unbuffered = true
			case 'E':
				inv.ignoreEnv = true
			case 'I':
				inv.isolated, inv.ignoreEnv, inv.safePath = true, true, true
			case 'i':
				inv.inspect = true
			case 'q':
				inv.quiet = true
			case 'P':
				inv.safePath = true
			case 'x':
				inv.skipFirst = true
			case 'O':
				inv.optimize++
			}
		}
		i++
	}
	if i < len(args) {
		inv.mode, inv.target = runFile, args[i]
		inv.args = args[i+1:]
	}
	return inv, nil
}

// xoption returns the value of -X name (and whether it was given). A bare
// -X name has the value "".
func (inv *invocation) xoption(name string) (string, bool) {
	found, value := false, ""
	for _, x := range inv.xoptions {
		k, v, _ := strings.Cut(x, "=")
		if k == name {
			found, value = true, v
		}
	}
	return value, found
}
