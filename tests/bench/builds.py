#!/usr/bin/env python3
"""builds.py: the same traced syscall loop under several strc builds, to weigh a change.

  builds.py --strc PATH [--strc PATH ...] --loop PATH [--calls N] [--runs R] [--out FILE]
            [-- EXTRA TRACER OPTIONS]

Each build traces the loop R times (-o FILE, /dev/null by default), the builds taking turns
so that a machine whose load changes meanwhile weighs on all of them alike. Prints, per
build, the best wall-clock time and the best CPU time (user + system, of strc and the loop
together): on a shared machine the CPU time is the steadier figure of the work done.
"""
import argparse
import resource
import subprocess
import sys
import time


def one_run(argv):
    """(wall seconds, CPU seconds) of one run of argv and its children"""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument('--strc', action='append', required=True)
    ap.add_argument('--loop', required=True)
    ap.add_argument('--calls', type=int, default=100000)
    ap.add_argument('--runs', type=int, default=10)
    ap.add_argument('--out', default='/dev/null')
    ap.add_argument('extra', nargs=argparse.REMAINDER)
    a = ap.parse_args()
    extra = a.extra[1:] if a.extra[:1] == ['--'] else a.extra
    walls = {s: [] for s in a.strc}
    cpus = {s: [] for s in a.strc}
    for _ in range(a.runs):
        for s in a.strc:
            wall, cpu = one_run([s, '-o', a.out] + extra + [a.loop, str(a.calls)])
            walls[s].append(wall)
            cpus[s].append(cpu)
    print('workload: %d syscalls, %d runs, options: %s' % (a.calls, a.runs,
                                                          ' '.join(extra) or '(none)'))
    for s in a.strc:
        print('%-40s wall %6.3f s (%5.2f us/call)  cpu %6.3f s (%5.2f us/call)' % (
            s[-40:], min(walls[s]), min(walls[s]) / a.calls * 1e6,
            min(cpus[s]), min(cpus[s]) / a.calls * 1e6))
    return 0


if __name__ == '__main__':
    sys.exit(main())
