#!/bin/sh
# regen.sh rewrites the golden files under testdata from CPython 3.12:
#
#   parse/NAME.ast   ast.dump(ast.parse(NAME.py), include_attributes=True)
#   errors/NAME.err  the SyntaxError raised by ast.parse(NAME.py):
#                    "Kind: msg" and "lineno offset end_lineno end_offset"
#
# The Go tests compare the parser against these files, so they run without
# CPython. Set PYTHON to use a particular interpreter.
set -eu
cd "$(dirname "$0")"
PYTHON=${PYTHON:-$(pyenv root 2>/dev/null)/versions/3.12.1/bin/python3.12}
"$PYTHON" - <<'PY'
import ast, glob, sys, warnings

assert sys.version_info[:2] == (3, 12), sys.version
warnings.simplefilter("ignore")

for path in sorted(glob.glob("parse/*.py")):
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), path)
    with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
        f.write(ast.dump(tree, include_attributes=True) + "\n")

for path in sorted(glob.glob("errors/*.py")):
    with open(path, "rb") as f:
        src = f.read()
    try:
        ast.parse(src, path)
    except (SyntaxError, ValueError) as e:
        if not isinstance(e, SyntaxError):
            sys.exit(f"{path}: {type(e).__name__}: {e}")
        with open(path[:-3] + ".err", "w", encoding="utf-8") as f:
            f.write(f"{type(e).__name__}: {e.msg}\n")
            f.write(f"{e.lineno or 0} {e.offset or 0} {e.end_lineno or 0} {e.end_offset or 0}\n")
    else:
        sys.exit(f"{path}: parsed without error")
PY
