#!/usr/bin/env python3
"""Count words in files."""
import argparse
import collections
import sys
from pathlib import Path


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, help="files to read")
    parser.add_argument("-n", "--top", type=int, default=10)
    parser.add_argument("--ignore-case", "-i", action="store_true")
    return parser.parse_args(argv)


def words(text: str, *, fold: bool = False):
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".,;:!?\"'()[]{}")
            if not word:
                continue
            yield word.lower() if fold else word


def main(argv=None) -> int:
    args = parse_args(argv)
    counts = collections.Counter()
    sources = args.files or [None]
    for path in sources:
        try:
            text = sys.stdin.read() if path is None else path.read_text(encoding="utf-8")
        except OSError as err:
            print(f"{path}: {err.strerror}", file=sys.stderr)
            return 1
        counts.update(words(text, fold=args.ignore_case))
    width = max((len(w) for w in counts), default=0)
    for word, n in counts.most_common(args.top):
        print(f"{word:<{width}} {n:>6}")
    total = sum(counts.values())
    print(f"{'total':<{width}} {total:>6}", f"({len(counts)} distinct)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
