#!/usr/bin/env python3
"""bench.py: how much a traced syscall costs under strc and under strace.

  bench.py --strc PATH --loop PATH [--calls N] [--runs R] [-- EXTRA TRACER OPTIONS]

Runs the syscall loop untraced, under strace and under strc (both with -o /dev/null and
the same extra options), R times each, interleaved, and prints the best time of each, the
overhead per syscall over the untraced run, and the ratios strc/strace and strc/untraced.
"""
import argparse
import shutil
import subprocess
import sys
import time


def best(argv, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument('--strc', required=True)
    ap.add_argument('--loop', required=True)
    ap.add_argument('--strace', default=shutil.which('strace'))
    ap.add_argument('--calls', type=int, default=200000)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('extra', nargs=argparse.REMAINDER)
    a = ap.parse_args()
    extra = a.extra[1:] if a.extra[:1] == ['--'] else a.extra
    loop = [a.loop, str(a.calls)]
    runs = {'untraced': loop, 'strc': [a.strc, '-o', '/dev/null'] + extra + loop}
    if a.strace:
        runs['strace'] = [a.strace, '-o', '/dev/null'] + extra + loop
    result = {k: [] for k in runs}
    for _ in range(a.runs):
        for k, argv in runs.items():
            result[k].append(best(argv, 1))
    t = {k: min(v) for k, v in result.items()}
    print('workload: %d syscalls, options: %s' % (a.calls, ' '.join(extra) or '(none)'))
    for k in runs:
        over = (t[k] - t['untraced']) / a.calls * 1e6
        print('%-9s %8.3f s   %7.2f us/syscall over untraced' % (k, t[k], over))
    print('ratio strc/untraced: %.2f' % (t['strc'] / t['untraced']))
    if 'strace' in t:
        so = t['strace'] - t['untraced']
        co = t['strc'] - t['untraced']
        print('ratio strc/strace (time): %.2f' % (t['strc'] / t['strace']))
        print('ratio strc/strace (overhead per syscall): %.2f' % (co / so if so > 0 else float('nan')))
    return 0


if __name__ == '__main__':
    sys.exit(main())
