# -m runs a package's module as __main__ with runpy's __spec__, __package__ and __loader__.
# This file is never run: its .flags make the interpreter run cmd_pkg/mod.py
# instead, and this file's name becomes sys.argv[1].
raise SystemExit("not reached: run through cmd_m_module.flags")
