#!/bin/sh
# Terminal test of kiln.el, installed and used as a person would: the
# README's use-package line goes, as it is written, into the init file of
# an empty home folder, with kiln, kiln-lsp and kiln-prof on PATH as
# `go install` leaves them; then `emacs -nw leak.py`, with that home and no
# other option, runs in a tmux pane. eglot must connect on its own
# (eglot-ensure from the line's :hook); with Flymake's list open
# (M-x flymake-show-buffer-diagnostics), after M-x kiln-run the captured
# screen must show the warning on line 4 and the run's summary. The screen
# is the README's capture.
#   KILN_LSP=.../kiln-lsp tmux_capture.sh OUTDIR   (kiln and kiln-prof beside it)
# Prints "emacs-tmux: N passed, N failed"; writes OUTDIR/emacs-screen.txt.
set -u
here=$(cd "$(dirname "$0")" && pwd)
el=$(dirname "$here")
repo=$(cd "$el/../.." && pwd)
testdata=$(cd "$el/../testdata" && pwd)
out=${1:?usage: tmux_capture.sh OUTDIR}
bindir=$(cd "$(dirname "${KILN_LSP:?KILN_LSP must name the built kiln-lsp}")" && pwd)
mkdir -p "$out"
ws=$(mktemp -d)
cp "$testdata/leak.py" "$ws/"
sock="kiln-emacs-$$"
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
line=$(grep -m1 '^(use-package kiln ' "$el/README.md" | sed "s|/path/to/kiln|$repo|g")
if [ -z "$line" ]; then
  echo "FAIL: no use-package line in $el/README.md"
  echo "emacs-tmux: 0 passed, 1 failed"
  exit 1
fi
mkdir -p "$ws/home/.emacs.d"
# One line of the test's own first: in a new home, Debian's native-compiling
# Emacs 28 compiles the packages of elpa (seq, eglot...) in the background
# and pops up their compiler warnings over the window the test looks at.
printf '%s\n' "(setq native-comp-async-report-warnings-errors 'silent)" "$line" > "$ws/home/.emacs.d/init.el"
echo "~/.emacs.d/init.el: $line"
unset XDG_CONFIG_HOME EMACSLOADPATH
export HOME="$ws/home" PATH="$bindir:$PATH" LANG=C.UTF-8
tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 24 -c "$ws" "emacs -nw leak.py"
wait_for() {
  i=0
  while [ "$i" -lt $(($2 * 10)) ]; do
    tmux -L "$sock" capture-pane -p > "$out/emacs-screen.txt" 2>/dev/null
    grep -qF "$1" "$out/emacs-screen.txt" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
passed=0 failed=0
check() {
  if wait_for "$2" "$3"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: $1: \"$2\" not on the screen:"; cat "$out/emacs-screen.txt"; fi
}
check "eglot connected by the init file alone" "[eglot:" 40
tmux -L "$sock" send-keys M-x "flymake-show-buffer-diagnostics" Enter
check "Flymake's list" "*Flymake diagnostics for" 30
tmux -L "$sock" send-keys M-x "kiln-run" Enter
check "warning after kiln-run" "ResourceWarning: unclosed file" 120
check "kiln-run's summary" "Kiln: exit 0 in " 30
if grep -E '^ +4 +[0-9]+ +warning .*ResourceWarning: unclosed file' "$out/emacs-screen.txt" >/dev/null; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL: the warning is not on line 4:"
  cat "$out/emacs-screen.txt"
fi
tmux -L "$sock" send-keys C-x C-c
echo "emacs-tmux: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
