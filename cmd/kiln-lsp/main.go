// Command kiln-lsp is Kiln's language server. It speaks LSP over standard
// input and output; editors start it for Python files. Besides what Kiln's
// parser knows (syntax errors, symbols, definitions, references, folding),
// it shows what happened when the program ran under kiln: leaked
// resources, what the JIT did with each loop, and where the time went.
//
// Usage:
//
//	kiln-lsp [-kiln PATH] [-log-level LEVEL]
//
// The log goes to standard error; standard output carries the protocol.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/kilnpy/kiln/lsp"
)

func main() {
	kiln := flag.String("kiln", "", "the kiln binary kiln.run starts (default: next to kiln-lsp, else on PATH)")
	level := flag.String("log-level", "info", "log level on stderr: debug, info, warn, error")
	version := flag.Bool("version", false, "print the version and exit")
	// vscode-languageclient and other clients add --stdio when told the
	// transport; stdio is the only one, so the flag is accepted and means
	// what kiln-lsp does anyway.
	flag.Bool("stdio", true, "speak LSP on stdin and stdout (the default and only transport)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: kiln-lsp [-kiln PATH] [-log-level LEVEL]\n\nKiln's language server, speaking LSP on stdin and stdout.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *version {
		fmt.Println("kiln-lsp", lsp.Version)
		return
	}
	var lvl zapcore.Level
	if err := lvl.Set(*level); err != nil {
		fmt.Fprintf(os.Stderr, "kiln-lsp: bad -log-level: %v\n", err)
		os.Exit(2)
	}
	cfg := zap.NewDevelopmentConfig() // writes to stderr
	cfg.Level = zap.NewAtomicLevelAt(lvl)
	cfg.DisableStacktrace = true
	logger, err := cfg.Build()
	if err != nil {
		fmt.Fprintf(os.Stderr, "kiln-lsp: %v\n", err)
		os.Exit(1)
	}
	conn := lsp.Serve(context.Background(), stdio{}, lsp.Options{
		Logger:   logger,
		KilnPath: *kiln,
		Exit: func(code int) {
			logger.Sync()
			os.Exit(code)
		},
	})
	<-conn.Done()
	// The editor closed the pipe without exit: LSP's code for that is 1.
	logger.Info("connection closed without exit")
	os.Exit(1)
}

// stdio is the protocol stream: stdin and stdout.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
func (stdio) Close() error                { return os.Stdin.Close() }
