import sys
for i in range(5):
    sys.stdout.write(f"line {i}\n")
sys.stdout.write("no newline at end")
raise SystemExit(2)
