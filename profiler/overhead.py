#!/usr/bin/env python3
"""Best-of-N CPU time of kiln runs of bench/ programs, profiled and not,
interleaved run by run (the machine is shared and noisy).

Usage: profiler/overhead.py [--runs N] [--modes off,cpu100,cpu1000,alloc,base]
                            [--base KILN] KILN NAME[:ARG] ...

Modes: off (KILN, no profile), cpu100 and cpu1000 (-X profile at 100 and
1000 Hz), alloc (-X profile-alloc at the default rate; allocN at N
bytes), base (the KILN
given by --base, no profile: another build, to compare with off). NAME:ARG
runs bench/NAME.py with the argument ARG (a size). It prints each mode's
best CPU time (user + system) and its ratio to off (for base, off's
ratio to base: the cost of the work tree's build with profiling off). docs/profiler.md
quotes its figures.
"""
import argparse, math, os, resource, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(os.path.dirname(HERE), "bench")


def cpu(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=BENCH)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modes", default="off,cpu100,cpu1000,alloc")
    ap.add_argument("--base", help="another kiln build, for the base mode")
    ap.add_argument("kiln")
    ap.add_argument("names", nargs="+")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    kiln = os.path.abspath(args.kiln)
    modes = {
        "off": [kiln],
        "cpu100": [kiln, "-X", "profile=" + os.path.join(tmp, "cpu.pb.gz")],
        "cpu1000": [kiln, "-X", "profile=" + os.path.join(tmp, "cpu.pb.gz"), "-X", "profile-hz=1000"],
        "alloc": [kiln, "-X", "profile-alloc=" + os.path.join(tmp, "alloc.pb.gz")],
    }
    if args.base:
        modes["base"] = [os.path.abspath(args.base)]
    for m in args.modes.split(","):
        if m.startswith("alloc") and m[5:].isdigit():  # alloc65536: at that rate
            modes[m] = modes["alloc"] + ["-X", "profile-alloc-rate=" + m[5:]]
    chosen = [m for m in args.modes.split(",") if m in modes]
    if "off" not in chosen:
        chosen.insert(0, "off")
    others = [m for m in chosen if m != "off"]

    def ratio(best, m):  # the cost of m against off; of off against base
        return best["off"] / best[m] if m == "base" else best[m] / best["off"]

    print("%-24s" % "benchmark" + "".join("%10s" % m for m in chosen)
          + "".join("%14s" % ("off/base" if m == "base" else m + "/off") for m in others))
    logs = {m: [] for m in others}
    for name in args.names:
        prog, _, arg = name.partition(":")
        best = {m: math.inf for m in chosen}
        for _ in range(args.runs):
            for m in chosen:
                best[m] = min(best[m], cpu(modes[m] + [prog + ".py"] + ([arg] if arg else [])))
        for m in others:
            logs[m].append(math.log(ratio(best, m)))
        print("%-24s" % name + "".join("%10.3f" % best[m] for m in chosen)
              + "".join("%14.3f" % ratio(best, m) for m in others), flush=True)
    print("%-24s" % "geometric mean" + " " * 10 * len(chosen)
          + "".join("%14.3f" % math.exp(sum(logs[m]) / len(logs[m])) for m in others))


main()
