#!/usr/bin/env python3
"""report.py: what --report costs on a real build of about 200 processes.

Builds a generated project of small C files (make, cc and its children: about three
processes a file) under `strc -f -o /dev/null` and under `strc --report=/dev/null`, each a
few times from clean, and prints the best time of each and their ratio. The goal is a
ratio of at most 1.10. Run by hand (it asserts nothing): report.py --strc build/strc
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time


def make_project(root, nfiles):
    with open(os.path.join(root, "Makefile"), "w") as mk:
        objs = " ".join(f"f{i}.o" for i in range(nfiles))
        mk.write(f"prog: {objs}\n\tcc -o $@ {objs}\n%.o: %.c\n\tcc -c -o $@ $<\n")
    for i in range(nfiles):
        with open(os.path.join(root, f"f{i}.c"), "w") as c:
            body = "int main(void) { return 0; }" if i == 0 else f"int f{i}(int x) {{ return x + {i}; }}"
            c.write(body + "\n")


def count_processes(strc, root):
    out = os.path.join(root, "count.txt")
    subprocess.run(["make", "-s", "-C", root, "clean-all"], capture_output=True)
    clean(root)
    subprocess.run([strc, f"--report={out}", "make", "-s", "-C", root], check=True,
                   capture_output=True)
    with open(out) as f:
        for line in f:
            if "processes," in line:
                return line.split()[0]
    return "?"


def clean(root):
    for name in os.listdir(root):
        if name.endswith(".o") or name == "prog":
            os.unlink(os.path.join(root, name))


def timed(cmd, root, runs):
    best = None
    for _ in range(runs):
        clean(root)
        start = time.monotonic()
        subprocess.run(cmd, check=True, capture_output=True)
        took = time.monotonic() - start
        best = took if best is None else min(best, took)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--strc", required=True)
    ap.add_argument("--files", type=int, default=66)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    root = tempfile.mkdtemp(prefix="strc-report-bench.")
    try:
        make_project(root, a.files)
        build = ["make", "-s", "-C", root]
        nproc = count_processes(a.strc, root)
        base = timed([a.strc, "-f", "-o", "/dev/null"] + build, root, a.runs)
        rep = timed([a.strc, "--report=/dev/null"] + build, root, a.runs)
        both = timed([a.strc, "-f", "-o", "/dev/null", "--report=/dev/null"] + build, root, a.runs)
        print(f"build of {a.files} files, {nproc} processes, best of {a.runs}")
        print(f"strc -f -o /dev/null          {base:.3f}s")
        print(f"strc --report=/dev/null       {rep:.3f}s  ratio {rep / base:.3f}")
        print(f"strc -f -o /dev/null --report {both:.3f}s  ratio {both / base:.3f}")
    finally:
        shutil.rmtree(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
