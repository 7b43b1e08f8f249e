#!/usr/bin/env python3
"""seccomp.py: what in-kernel filtering saves when few calls are traced.

  seccomp.py --strc PATH --loop PATH [--calls N] [--runs R] [--trace SET] [--every K]

Times the syscall loop untraced and traced with -e trace=SET (default openat, no -f), all
output to /dev/null: strc (its seccomp filter is on by default), strc --no-seccomp-bpf,
strace, and strace --seccomp-bpf (which strace 6.1 only enables with -f, so that run has
-f). The loop's openat comes every K-th call (default 16; a real program filtered down to
a few calls makes them rarer, e.g. --every 1000). R rounds, interleaved; the best time of each. Prints the ratios to the untraced run
and strc's ratio to each strace run, in wall and CPU time. The goal: strc within 1.5x of untraced.
"""
import argparse
import resource
import shutil
import subprocess
import sys
import time


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(argv):
    """(wall, cpu) seconds: the CPU time (tracer and tracee, user and system) says less
    about how busy the machine is than the wall time."""
    t0, c0 = time.perf_counter(), cpu()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0, cpu() - c0


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument('--strc', required=True)
    ap.add_argument('--loop', required=True)
    ap.add_argument('--strace', default=shutil.which('strace'))
    ap.add_argument('--calls', type=int, default=500000)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--trace', default='openat')
    ap.add_argument('--every', type=int, default=16)
    a = ap.parse_args()
    loop = [a.loop, str(a.calls), str(a.every)]
    sel = ['-o', '/dev/null', '-e', 'trace=' + a.trace]
    runs = {
        'untraced': loop,
        'strc': [a.strc] + sel + loop,
        'strc --no-seccomp-bpf': [a.strc, '--no-seccomp-bpf'] + sel + loop,
    }
    if a.strace:
        runs['strace'] = [a.strace] + sel + loop
        runs['strace -f --seccomp-bpf'] = [a.strace, '-f', '--seccomp-bpf'] + sel + loop
    times = {k: [] for k in runs}
    for _ in range(a.runs):
        for k, argv in runs.items():
            times[k].append(timed(argv))
    best = {k: min(w for w, c in v) for k, v in times.items()}
    bcpu = {k: min(c for w, c in v) for k, v in times.items()}
    print('workload: %d syscalls, an openat every %d, -e trace=%s, best of %d' %
          (a.calls, a.every, a.trace, a.runs))
    print('%-24s %8s %10s %8s %10s' % ('', 'wall', '/untraced', 'cpu', '/untraced'))
    for k in runs:
        print('%-24s %7.3fs %9.2fx %7.3fs %9.2fx' % (k, best[k], best[k] / best['untraced'],
                                                     bcpu[k], bcpu[k] / bcpu['untraced']))
    for k in runs:
        if k.startswith('strace'):
            print('ratio strc/%s: %.2f wall, %.2f cpu' % (k, best['strc'] / best[k],
                                                          bcpu['strc'] / bcpu[k]))
    print('goal strc within 1.5x untraced: %s' %
          ('met' if best['strc'] <= 1.5 * best['untraced'] else 'NOT met'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
