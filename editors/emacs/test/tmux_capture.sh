#!/bin/sh
# Captures Emacs (emacs -nw in tmux) after M-x kiln-run on leak.py, with
# Flymake's diagnostics list open, for the README; fails when the warning
# is not on the screen.
#   KILN_LSP=... KILN=kiln tmux_capture.sh OUTDIR
# Prints "emacs-tmux: N passed, N failed"; writes OUTDIR/emacs-screen.txt.
set -u
here=$(cd "$(dirname "$0")" && pwd)
el=$(dirname "$here")
testdata=$(cd "$el/../testdata" && pwd)
out=${1:?usage: tmux_capture.sh OUTDIR}
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
cat > "$ws/init.el" <<EL
(add-to-list 'load-path "$el")
(require 'kiln)
(setq kiln-lsp-program "$KILN_LSP" kiln-program "$KILN" inhibit-startup-screen t
      native-comp-async-report-warnings-errors nil warning-minimum-level :error)
(add-hook 'python-mode-hook #'eglot-ensure)
(add-hook 'eglot-managed-mode-hook (lambda () (when (eglot-managed-p) (flymake-start) (flymake-show-buffer-diagnostics))))
EL
export LANG=C.UTF-8
tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 24 -c "$ws" \
  "emacs -nw -q -l '$ws/init.el' leak.py"
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
check "eglot connected" "[eglot:" 40
tmux -L "$sock" send-keys M-x "kiln-run" Enter
check "warning after kiln-run" "ResourceWarning: unclosed file" 120
tmux -L "$sock" send-keys C-x C-c
echo "emacs-tmux: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
