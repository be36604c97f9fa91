# file lines: `for line in f` and readline() over a 6 MB text file (UTF-8,
# mostly ASCII, universal newlines), the way log and CSV scripts read.
import os
import sys

PATH = "/tmp/kiln_bench_file_lines_%d.txt" % os.getpid()


def make_file(n):
    # Deterministic lines of 10 to 120 characters made from 64 templates;
    # one in 16 is not ASCII.
    templates = []
    for k in range(64):
        word = "caf\u00e9 na\u00efve " if k % 16 == 0 else "line %d value %d " % (k, k * 7919)
        templates.append(word * (130 // len(word) + 1))
    state = 12345
    lines = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        lines.append(templates[state % 64][:10 + state % 111])
    with open(PATH, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
        f.write("\n")


def iterate():
    count = chars = 0
    with open(PATH, encoding="utf-8") as f:
        for line in f:
            count += 1
            chars += len(line)
    return count, chars


def readline_loop():
    count = chars = 0
    with open(PATH, encoding="utf-8") as f:
        while True:
            line = f.readline()
            if not line:
                break
            count += 1
            chars += len(line)
    return count, chars


n = int(sys.argv[1]) if len(sys.argv) > 1 else 90000
make_file(n)
try:
    for _ in range(3):
        result = iterate()
    print(result, readline_loop())
finally:
    os.remove(PATH)
