# A zip file named as the script runs its __main__.py and imports from the archive; the traceback shows no source lines for its members.
# This file is never run: its .flags make the interpreter run __main__.py in cmd_app.zip (made from cmd_zip_src/)
# instead, and this file's name becomes sys.argv[1].
raise SystemExit("not reached: run through tb_cmd_run_zip.flags")
