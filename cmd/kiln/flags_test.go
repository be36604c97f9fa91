package main

import (
	"reflect"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args []string
		want invocation
	}{
		{[]string{}, invocation{mode: runREPL}},
		{[]string{"prog.py", "a", "-b"}, invocation{mode: runFile, target: "prog.py", args: []string{"a", "-b"}}},
		{[]string{"-c", "print(1)", "x"}, invocation{mode: runCommand, target: "print(1)", args: []string{"x"}}},
		{[]string{"-uBcprint(1)"}, invocation{mode: runCommand, target: "print(1)", unbuffered: true, args: []string{}}},
		{[]string{"-m", "mod", "-v"}, invocation{mode: runModule, target: "mod", args: []string{"-v"}}},
		{[]string{"-", "x"}, invocation{mode: runStdin, args: []string{"x"}}},
		{[]string{"-X", "track-resources", "-Xtracelog=t.jsonl", "p.py"}, invocation{mode: runFile, target: "p.py", xoptions: []string{"track-resources", "tracelog=t.jsonl"}, args: []string{}}},
		{[]string{"--jit", "threshold=1", "--jit=off", "p.py"}, invocation{mode: runFile, target: "p.py", jit: []string{"threshold=1", "off"}, args: []string{}}},
		{[]string{"-Wignore", "-W", "error", "p.py"}, invocation{mode: runFile, target: "p.py", warnOptions: []string{"ignore", "error"}, args: []string{}}},
		{[]string{"-I", "--", "-p.py"}, invocation{mode: runFile, target: "-p.py", isolated: true, ignoreEnv: true, safePath: true, args: []string{}}},
		{[]string{"-VV"}, invocation{version: 2}},
		{[]string{"--version", "-h"}, invocation{version: 1, help: true}},
	}
	for _, tt := range tests {
		got, err := parseArgs(tt.args)
		if err != nil {
			t.Errorf("parseArgs(%q): %v", tt.args, err)
			continue
		}
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("parseArgs(%q) =\n %+v\nwant\n %+v", tt.args, *got, tt.want)
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-z"}, "Unknown option: -z"},
		{[]string{"-c"}, "Argument expected for the -c option"},
		{[]string{"-W"}, "Argument expected for the -W option"},
		{[]string{"-X"}, "Argument expected for the -X option"},
		{[]string{"-m"}, "Argument expected for the -m option"},
		{[]string{"--jit"}, "Argument expected for the --jit option"},
		{[]string{"--bogus"}, "unknown option --bogus"},
	}
	for _, tt := range tests {
		_, err := parseArgs(tt.args)
		if err == nil || err.Error() != tt.want {
			t.Errorf("parseArgs(%q) error = %v, want %q", tt.args, err, tt.want)
		}
	}
}

func TestXOption(t *testing.T) {
	inv, _ := parseArgs([]string{"-X", "a=1", "-X", "b", "-X", "a=2", "p.py"})
	if v, ok := inv.xoption("a"); !ok || v != "2" {
		t.Errorf("xoption(a) = %q, %v; want 2, true", v, ok)
	}
	if v, ok := inv.xoption("b"); !ok || v != "" {
		t.Errorf("xoption(b) = %q, %v", v, ok)
	}
	if _, ok := inv.xoption("c"); ok {
		t.Error("xoption(c) found")
	}
}
