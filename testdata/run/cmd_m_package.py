# -m on a package runs its __main__.py, named cmd_pkg.__main__.
# This file is never run: its .flags make the interpreter run cmd_pkg/__main__.py
# instead, and this file's name becomes sys.argv[1].
raise SystemExit("not reached: run through cmd_m_package.flags")
