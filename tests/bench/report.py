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


def timed(cmds, root, runs):
    """The best time of each command; they take turns, so that a change in the machine's
    load (other jobs) falls on all of them alike."""
    best = [None] * len(cmds)
    cpu = [None] * len(cmds)
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            clean(root)
            start = time.monotonic()
            p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, ru = os.wait4(p.pid, 0)
            took = time.monotonic() - start
            if status:
                raise SystemExit(f"{cmd} failed: status {status}")
            spent = ru.ru_utime + ru.ru_stime	# strc and the whole build, on the CPU
            best[i] = took if best[i] is None else min(best[i], took)
            cpu[i] = spent if cpu[i] is None else min(cpu[i], spent)
    return best, cpu


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
        (base, rep, both), (cbase, crep, cboth) = timed([[a.strc, "-f", "-o", "/dev/null"] + build,
                                 [a.strc, "--report=/dev/null"] + build,
                                 [a.strc, "-f", "-o", "/dev/null", "--report=/dev/null"] + build],
                                root, a.runs)
        print(f"build of {a.files} files, {nproc} processes, best of {a.runs}")
        print("                               wall             CPU (strc and the build)")
        print(f"strc -f -o /dev/null           {base:7.3f}s         {cbase:7.3f}s")
        print(f"strc --report=/dev/null        {rep:7.3f}s x{rep / base:.3f}  {crep:7.3f}s x{crep / cbase:.3f}")
        print(f"strc -f -o /dev/null --report  {both:7.3f}s x{both / base:.3f}  {cboth:7.3f}s x{cboth / cbase:.3f}")
    finally:
        shutil.rmtree(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
