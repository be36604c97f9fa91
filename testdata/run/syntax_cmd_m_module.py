# A -m module that does not compile: the SyntaxError's traceback shows the
# runpy and importlib frames that compiled it.
# This file is never run: its .flags make the interpreter run cmd_pkg/broken.py
# instead, and this file's name becomes sys.argv[1].
raise SystemExit("not reached: run through syntax_cmd_m_module.flags")
