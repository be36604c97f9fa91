#!/bin/sh
# Terminal test of the Neovim plugin: Neovim runs in a tmux pane as a
# person would use it; after :KilnRun the captured screen must show the
# ResourceWarning next to line 4 and the JIT lens of the loop on line 11,
# from a real run of kiln.
#   KILN_LSP=... KILN=kiln tmux_test.sh OUTDIR
# Writes OUTDIR/nvim-screen-run.txt (after :KilnRun) and
# OUTDIR/nvim-screen.txt (after :KilnTrace); prints "nvim-tmux: N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
plugin=$(dirname "$here")
testdata=$(cd "$plugin/../testdata" && pwd)
out=${1:?usage: tmux_test.sh OUTDIR}
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

cat > "$ws/init.lua" <<LUA
vim.opt.rtp:append('$plugin')
vim.cmd('filetype on')
vim.opt.number = true
vim.opt.shortmess:append('F')
require('kiln').setup({ cmd = { '$KILN_LSP' }, kiln_path = '$KILN', run_timeout = 60 })
LUA

export LANG=C.UTF-8 XDG_STATE_HOME="$ws/state" XDG_CACHE_HOME="$ws/cache"
tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 24 -c "$ws" \
  "nvim -u '$ws/init.lua' -i NONE leak.py"

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
tmux -L "$sock" send-keys ":KilnRun" Enter
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
