// editors/ holds no Go code. This file makes it a module of its own so that
// the repository's `go build ./...`, `go vet ./...` and `go test ./...` leave
// out the Go files that some npm packages ship under
// editors/vscode/node_modules (flatted does).
module github.com/kilnpy/kiln/editors

go 1.26
