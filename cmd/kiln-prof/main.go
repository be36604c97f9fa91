// Command kiln-prof reads what a Kiln process recorded about itself.
//
// Usage:
//
//	kiln-prof <command> [arguments]
//	kiln-prof -http=[host]:port [--log TRACELOG] PROFILE
//
// The commands are:
//
//	log     summarise a trace log (kiln -X tracelog=FILE, or KILNLOG)
//	top     the functions of a profile (kiln -X profile=FILE) by time
//	folded  a profile as folded stacks, for flamegraph.pl and speedscope
//	tiers   a profile's time per tier and per JIT loop, and the warm-up cost
//	help    show help for a command
//
// With -http, kiln-prof serves pprof's web interface (flame graph
// included) for a profile.
//
// Exit status is 0 on success, 1 if an input cannot be read or is
// malformed, and 2 for a usage error.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// A command is one subcommand of kiln-prof.
type command struct {
	name    string
	args    string // argument synopsis for the usage line
	summary string // one line, for the command list
	help    string // the rest of its help text
	run     func(c *command, args []string, stdout, stderr io.Writer) int
}

// commands is filled by init to break the cycle help → commands → help.
var commands []*command

func init() {
	commands = []*command{
		logCommand,
		topCommand,
		foldedCommand,
		tiersCommand,
		{
			name:    "help",
			args:    "[command]",
			summary: "show help for a command",
			run:     runHelp,
		},
	}
}

const (
	exitOK    = 0
	exitError = 1 // unreadable or malformed input
	exitUsage = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	if isWebInvocation(args) {
		return runWeb(args, stdout, stderr)
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(stderr, "kiln-prof: unknown command %q\n", args[0])
		usage(stderr)
		return exitUsage
	}
	return cmd.run(cmd, args[1:], stdout, stderr)
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "usage: kiln-prof <command> [arguments]\n       kiln-prof -http=[host]:port [--log TRACELOG] PROFILE\n\ncommands:\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-6s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun 'kiln-prof help <command>' for more about a command.\n")
}

func (c *command) usage(w io.Writer) {
	fmt.Fprintf(w, "usage: kiln-prof %s %s\n", c.name, c.args)
	if c.help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.help))
	}
}

func runHelp(_ *command, args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		usage(stdout)
		return exitOK
	case 1:
		if c := lookup(args[0]); c != nil {
			c.usage(stdout)
			return exitOK
		}
		fmt.Fprintf(stderr, "kiln-prof help: unknown command %q\n", args[0])
	}
	usage(stderr)
	return exitUsage
}
