// This file holds the directive that writes stubs.go, the declined
// implementation of every protocol.Server method (see internal/genstubs).

package lsp

//go:generate go run ./internal/genstubs
