#!/usr/bin/env bash
# test.sh runs every test of Kiln: formatting and vet checks, the Go tests
# (which include the conformance corpus under testdata/run, run by the real
# kiln binary, plain and with the JIT forced on, and the language server's
# test with a real headless Neovim), then the editor integrations with their
# real clients (editors/test.sh).
#
# It installs what it needs when that is missing, so it works on a fresh
# machine. Long fuzzing and benchmarks are separate: see README.md.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v go >/dev/null; then
	echo "test.sh: Go 1.26 or later is required (https://go.dev/dl/)" >&2
	exit 1
fi

# install_missing PROGRAM PACKAGE...: installs Debian packages when PROGRAM
# is not on PATH (apt-get as root; otherwise the tests that need it say so).
install_missing() {
	local program="$1"
	shift
	command -v "$program" >/dev/null && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "test.sh: installing $*"
		apt-get update -qq >/dev/null 2>&1 || true
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 ||
			echo "test.sh: could not install $*" >&2
	fi
}
install_missing nvim neovim

echo "== gofmt"
# node_modules (editors/vscode) holds other people's Go files.
unformatted=$(find . -name node_modules -prune -o -name '*.go' -print | xargs gofmt -l)
if [ -n "$unformatted" ]; then
	echo "test.sh: these files need gofmt:" >&2
	echo "$unformatted" >&2
	exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test"
go test -count=1 -timeout 20m ./...

echo "== editors"
editors/test.sh
