# An uncaught exception in a -m module: the traceback starts with runpy's two frames.
# This file is never run: its .flags make the interpreter run cmd_pkg/fail.py
# instead, and this file's name becomes sys.argv[1].
raise SystemExit("not reached: run through tb_cmd_m_module.flags")
