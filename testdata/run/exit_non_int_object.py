import sys
sys.exit(["not", "an", "int"])
