#!/bin/sh
# Terminal test of the Neovim plugin, installed and used as a person would:
# the README's install line (the one without a plugin manager) runs as it
# is written in an empty home folder, with kiln, kiln-lsp and kiln-prof on
# PATH as `go install` leaves them; then Neovim, started with that home and
# no other option, runs in a tmux pane. After :KilnRun the captured screen
# must show the ResourceWarning next to line 4 and the JIT lens of the loop
# on line 11, from a real run of kiln; after :KilnTrace, the trace.
#   KILN_LSP=.../kiln-lsp tmux_test.sh OUTDIR   (kiln and kiln-prof beside it)
# Writes OUTDIR/nvim-screen-run.txt (after :KilnRun) and
# OUTDIR/nvim-screen.txt (after :KilnTrace); prints "nvim-tmux: N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
plugin=$(dirname "$here")
repo=$(cd "$plugin/../.." && pwd)
testdata=$(cd "$plugin/../testdata" && pwd)
out=${1:?usage: tmux_test.sh OUTDIR}
bindir=$(cd "$(dirname "${KILN_LSP:?KILN_LSP must name the built kiln-lsp}")" && pwd)
mkdir -p "$out"
ws=$(mktemp -d)
cp "$testdata/leak.py" "$ws/"
sock="kiln-nvim-$$"
# The editor (the pane's process) is killed first: an editor asking
# "quit anyway?" must not outlive the test with its language server.
cleanup() {
  pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}' 2>/dev/null)
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  tmux -L "$sock" kill-server 2>/dev/null
  rm -rf "$ws"
}
trap cleanup EXIT

# The install step, as the README writes it, with the repository's path.
install=$(grep -m1 '^mkdir -p ~/.local/share/nvim/site/pack/kiln' "$plugin/README.md" | sed "s|/path/to/kiln|$repo|g")
if [ -z "$install" ]; then
  echo "FAIL: no install line in $plugin/README.md"
  echo "nvim-tmux: 0 passed, 1 failed"
  exit 1
fi
mkdir "$ws/home"
unset XDG_CONFIG_HOME XDG_DATA_HOME VIMINIT MYVIMRC
export HOME="$ws/home" PATH="$bindir:$PATH" LANG=C.UTF-8 XDG_STATE_HOME="$ws/state" XDG_CACHE_HOME="$ws/cache"
echo "\$ $install"
if ! (cd "$HOME" && sh -c "$install"); then
  echo "FAIL: the README's install line failed"
  echo "nvim-tmux: 0 passed, 1 failed"
  exit 1
fi
tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 24 -c "$ws" "nvim leak.py"

# wait_for TEXT SECONDS: poll the screen until TEXT shows.
wait_for() {
  i=0
  while [ "$i" -lt $(($2 * 10)) ]; do
    tmux -L "$sock" capture-pane -p > "$out/nvim-screen.txt" 2>/dev/null
    grep -qF "$1" "$out/nvim-screen.txt" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}

passed=0 failed=0
check() { # check DESCRIPTION TEXT SECONDS
  if wait_for "$2" "$3"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1: \"$2\" not on the screen:"
    cat "$out/nvim-screen.txt"
  fi
}

check "run lens before the run" "▶ Run with Kiln" 30
tmux -L "$sock" send-keys ":set number" Enter ":KilnRun" Enter
check "warning after :KilnRun" "ResourceWarning: unclosed file" 120
check "JIT lens after :KilnRun" "JIT: compiled after " 30
# The warning is on line 4 of the file: the line numbered 4 on screen,
# after the sign column's W.
cp "$out/nvim-screen.txt" "$out/nvim-screen-run.txt"
tmux -L "$sock" capture-pane -p -e > "$out/nvim-screen-run.ansi" 2>/dev/null
if grep -E "^W? +4 +f = open\(path, \"w\"\).*ResourceWarning: unclosed file" "$out/nvim-screen.txt" >/dev/null; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL: the warning is not on line 4:"
  cat "$out/nvim-screen.txt"
fi
tmux -L "$sock" send-keys Escape ":11" Enter ":KilnTrace" Enter
check ":KilnTrace shows the trace beside the code" "# line 11: JIT: compiled" 30
tmux -L "$sock" capture-pane -p -e > "$out/nvim-screen.ansi" 2>/dev/null
tmux -L "$sock" send-keys Escape ":qa!" Enter
echo "nvim-tmux: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
