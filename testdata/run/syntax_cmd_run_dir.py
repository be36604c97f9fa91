# A directory whose __main__.py does not compile, named as the script.
# This file is never run: its .flags make the interpreter run
# cmd_dir_broken/__main__.py instead, and this file's name becomes sys.argv[1].
raise SystemExit("not reached: run through syntax_cmd_run_dir.flags")
