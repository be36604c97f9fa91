#!/usr/bin/env bash
# regen.sh regenerates the golden files of the conformance corpus in
# testdata/run/ from CPython 3.12, the reference implementation.
#
# Usage: testdata/regen.sh [prog.py ...]
#
# With no arguments every testdata/run/*.py program is regenerated; otherwise
# only the named ones (bare names or paths; the .py suffix is optional).
# Each program runs with cwd = testdata/run and its bare file name as argv[0],
# exactly as cmd/kiln/run_test.go runs kiln. The absolute path of testdata/run
# (followed by a slash) is removed from the output, so that tracebacks read
# File "x.py" whatever the checkout's location.
# The golden format is described in testdata/run/README.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
rundir="$here/run"

if ! command -v pyenv >/dev/null 2>&1; then
	echo "regen.sh: pyenv not found; CPython 3.12.1 is expected at \$(pyenv root)/versions/3.12.1" >&2
	exit 1
fi
py="$(pyenv root)/versions/3.12.1/bin/python3.12"
if [[ ! -x "$py" ]]; then
	echo "regen.sh: CPython 3.12.1 not found at $py (install it with: pyenv install 3.12.1)" >&2
	exit 1
fi

# The same environment as cmd/kiln/run_test.go: no PYTHON*, LC_* or LANG*
# variables from outside, then these four.
for v in $(compgen -e); do
	case "$v" in PYTHON* | LC_* | LANG*) unset "$v" ;; esac
done
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8

# section NAME FILE: writes a golden section header and body; a body that is
# non-empty and does not end in a newline gets the "(no final newline)" header
# and a newline appended so that the file stays line-oriented.
section() {
	local name="$1" file="$2"
	if [[ -s "$file" && "$(tail -c1 "$file" | od -An -c | tr -d ' ')" != '\n' ]]; then
		printf -- '-- %s (no final newline) --\n' "$name"
		cat "$file"
		printf '\n'
	else
		printf -- '-- %s --\n' "$name"
		cat "$file"
	fi
}

progs=()
if [[ $# -eq 0 ]]; then
	for f in "$rundir"/*.py; do progs+=("$(basename "$f")"); done
else
	for a in "$@"; do
		a="$(basename "$a")"
		[[ "$a" == *.py ]] || a="$a.py"
		if [[ ! -f "$rundir/$a" ]]; then
			echo "regen.sh: no such program: $rundir/$a" >&2
			exit 1
		fi
		progs+=("$a")
	done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$rundir"
for prog in "${progs[@]}"; do
	base="${prog%.py}"
	args=()
	if [[ -f "$base.args" ]]; then
		mapfile -t args <"$base.args"
	fi
	flags=()
	if [[ -f "$base.flags" ]]; then
		mapfile -t flags <"$base.flags"
	fi
	stdin=/dev/null
	[[ -f "$base.stdin" ]] && stdin="$base.stdin"
	code=0
	timeout 10 "$py" ${flags[@]+"${flags[@]}"} "$prog" ${args[@]+"${args[@]}"} <"$stdin" >"$tmp/out" 2>"$tmp/err" || code=$?
	# CPython makes __main__.__file__ absolute, so tracebacks name
	# "$rundir/x.py"; goldens store paths relative to testdata/run instead
	# (the Go test normalizes kiln's output the same way).
	"$py" -c 'import sys
prefix = (sys.argv[1] + "/").encode()
for p in sys.argv[2:]:
    with open(p, "rb") as f:
        data = f.read()
    with open(p, "wb") as f:
        f.write(data.replace(prefix, b""))' "$rundir" "$tmp/out" "$tmp/err"
	if [[ $code -eq 124 ]]; then
		echo "regen.sh: $prog timed out after 10s" >&2
		exit 1
	fi
	{
		printf -- '-- exitcode --\n%d\n' "$code"
		section stdout "$tmp/out"
		section stderr "$tmp/err"
	} >"$base.golden"
	rm -rf _kiln_test_* 2>/dev/null || true
	echo "$base.golden (exit $code)"
done
find "$rundir" -name __pycache__ -type d -prune -exec rm -rf {} +
