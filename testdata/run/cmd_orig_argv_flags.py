import sys
# The test runs kiln a second time with "--jit threshold=1" first.
args = sys.orig_argv[1:]
if args[:1] == ["--jit"]:
    args = args[2:]
print(args)
print(sys.argv)
print(sys.flags.safe_path, sys.warnoptions)
