package lsp

//go:generate go run ./internal/genstubs
