#!/usr/bin/env bash
# editors/test.sh runs the test of every editor integration against the
# real kiln-lsp: the VS Code extension (type check, lint, bundle, .vsix,
# node --test unit tests, the packaged extension activated from the
# unpacked .vsix in a stand-in vscode module, and end-to-end tests through
# vscode-languageserver-protocol), the Neovim plugin (headless, and in a
# tmux terminal as installed by its README), Emacs with eglot (batch, and
# in tmux as installed by its README) and the Helix configuration
# (installed by its README, parsed, and its server spoken to as Helix
# would). What each test proves: README.md, "What the tests prove". It installs what is missing
# (Debian packages, the extension's npm packages), builds kiln, kiln-lsp and
# kiln-prof (the tests run the real kiln on testdata/leak.py: its leak and
# JIT facts come from what kiln writes), prints one PASS/FAIL line per
# editor and exits non-zero if any failed. Test logs and the captured screens go to $EDITORS_OUT (default
# a temporary folder).
set -uo pipefail
editors=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$editors")
out=${EDITORS_OUT:-$(mktemp -d)}
mkdir -p "$out"

# --- install what is missing -------------------------------------------
apt_missing=()
command -v nvim >/dev/null || apt_missing+=(neovim)
command -v tmux >/dev/null || apt_missing+=(tmux)
command -v emacs >/dev/null || apt_missing+=(emacs-nox)
ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1 || apt_missing+=(elpa-eglot)
# Emacs 28 has no use-package built in; emacs/README.md's install line uses it.
ls -d /usr/share/emacs/site-lisp/elpa/use-package-* >/dev/null 2>&1 || apt_missing+=(elpa-use-package)
command -v node >/dev/null || apt_missing+=(nodejs)
command -v npm >/dev/null || apt_missing+=(npm)
python3 -c 'import tomllib' 2>/dev/null || apt_missing+=(python3)
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "editors: installing ${apt_missing[*]}"
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "editors: need root and apt-get to install ${apt_missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq >"$out/apt.log" 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >>"$out/apt.log" 2>&1 \
    || { echo "editors: apt-get failed (see $out/apt.log)" >&2; exit 1; }
fi

vscode=$editors/vscode
# npm ci only when the lock file changed since the last install.
if ! cmp -s "$vscode/package-lock.json" "$vscode/node_modules/.kiln-installed-lock" 2>/dev/null; then
  echo "editors: npm ci"
  (cd "$vscode" && timeout 600 npm ci --no-audit --no-fund >"$out/npm-ci.log" 2>&1) \
    || { echo "editors: npm ci failed (see $out/npm-ci.log)" >&2; exit 1; }
  cp "$vscode/package-lock.json" "$vscode/node_modules/.kiln-installed-lock"
fi

# --- build ---------------------------------------------------------------
bin=$(mktemp -d)
ws_root=$(mktemp -d)
trap 'rm -rf "$bin" "$ws_root"' EXIT
for cmd in kiln kiln-lsp kiln-prof; do
  (cd "$repo" && go build -o "$bin/$cmd" "./cmd/$cmd") || { echo "editors: go build ./cmd/$cmd failed" >&2; exit 1; }
done
export KILN_LSP=$bin/kiln-lsp KILN=$bin/kiln KILN_PROF=$bin/kiln-prof
export XDG_STATE_HOME=$ws_root/state XDG_CACHE_HOME=$ws_root/cache

failed=0
passed=0
# step NAME LOGFILE COMMAND...: runs a step, logs its output, prints PASS/FAIL.
step() {
  local name=$1 log=$2
  shift 2
  local start=$SECONDS
  if "$@" >"$log" 2>&1; then
    echo "editors: PASS $name ($((SECONDS - start)) s): $(grep -E '(^|: )[0-9]+ passed, [0-9]+ failed|^# (pass|fail|skipped) ' "$log" | tr '\n' ' ')"
    passed=$((passed + 1))
  else
    echo "editors: FAIL $name ($((SECONDS - start)) s), log $log:"
    tail -40 "$log" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
}

newws() { local d; d=$(mktemp -d "$ws_root/ws.XXXX"); cp "$editors/testdata/leak.py" "$d/"; echo "$d"; }

vscode_test() {
  cd "$vscode" || return 1
  timeout 120 npx tsc --noEmit -p . || return 1
  timeout 120 npx eslint src test || return 1
  # The README's install steps after npm ci, as written: bundle, package.
  timeout 60 npm run bundle || return 1
  timeout 120 npm run package || return 1
  cp dist/kiln-vscode.vsix "$out/kiln-vscode.vsix" || return 1
  # The .vsix holds the bundle and the manifest, and no node_modules.
  local listing
  listing=$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$out/kiln-vscode.vsix")
  echo "$listing"
  grep -qx extension/dist/extension.js <<<"$listing" && grep -qx extension/package.json <<<"$listing" \
    && ! grep -q node_modules <<<"$listing" || { echo "bad .vsix contents"; return 1; }
  # The README's picture points into editors/vscode of the repository.
  python3 -c 'import sys, zipfile; sys.exit("editors/vscode/media/screenshot.png" not in zipfile.ZipFile(sys.argv[1]).read("extension/readme.md").decode())' \
    "$out/kiln-vscode.vsix" || { echo "the packaged README's image link is wrong"; return 1; }
  # `code --install-extension` unpacks the .vsix's extension/ folder into
  # ~/.vscode/extensions/PUBLISHER.NAME-VERSION: test/host.test.js
  # activates the extension from there.
  local installed
  installed=$ws_root/vscode-extensions/$(node -p 'const p = require("./package.json"); `${p.publisher}.${p.name}-${p.version}`')
  python3 - "$out/kiln-vscode.vsix" "$installed" <<'PY' || { echo "cannot unpack the .vsix"; return 1; }
import os, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for name in z.namelist():
    if name.startswith("extension/") and not name.endswith("/"):
        dest = os.path.join(sys.argv[2], name[len("extension/"):])
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(z.read(name))
PY
  echo "extension unpacked into $installed"
  KILN_VSCODE_EXTENSION=$installed timeout 240 node --test --test-reporter=tap test/*.test.js
}

nvim_test() {
  local ws
  ws=$(newws)
  # The help file has well-formed, unique tags.
  cp -r "$editors/nvim/doc" "$ws/doc" || return 1
  timeout 30 nvim --headless -u NONE -i NONE -c "helptags $ws/doc" -c 'qa!' </dev/null 2>&1 | grep . && return 1
  grep -q '^:KilnRun' "$ws/doc/tags" || return 1
  WORKSPACE=$ws timeout 240 nvim --headless -u NONE -i NONE --cmd "set rtp+=$editors/nvim" \
    -c "luafile $editors/nvim/test/plugin_test.lua" </dev/null
}

nvim_tmux_test() {
  timeout 150 "$editors/nvim/test/tmux_test.sh" "$out"
}

emacs_test() {
  local ws
  ws=$(newws)
  # kiln.el byte-compiles without warnings.
  mkdir -p "$ws/bc" && cp "$editors/emacs/kiln.el" "$ws/bc/" || return 1
  timeout 60 emacs --batch -q --eval '(setq byte-compile-error-on-warn t)' -f batch-byte-compile "$ws/bc/kiln.el" || return 1
  WORKSPACE=$ws timeout 240 emacs --batch -q -l "$editors/emacs/test/eglot_test.el"
}

emacs_tmux_test() {
  timeout 150 "$editors/emacs/test/tmux_capture.sh" "$out"
}

helix_test() {
  timeout 60 python3 "$editors/helix/test_languages.py"
}

step vscode "$out/vscode.log" vscode_test
step nvim "$out/nvim.log" nvim_test
step nvim-tmux "$out/nvim-tmux.log" nvim_tmux_test
step emacs "$out/emacs.log" emacs_test
step emacs-tmux "$out/emacs-tmux.log" emacs_tmux_test
step helix "$out/helix.log" helix_test
echo "editors: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
