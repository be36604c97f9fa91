# A directory named as the script runs its __main__.py, the directory being sys.path[0].
# This file is never run: its .flags make the interpreter run cmd_dir/__main__.py
# instead, and this file's name becomes sys.argv[1].
raise SystemExit("not reached: run through cmd_run_dir.flags")
