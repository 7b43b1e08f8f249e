#!/usr/bin/env python3
"""json.py: what --json costs per traced call, against the text trace, on one workload.

  json.py --strc PATH --loop PATH [--calls N] [--runs R] [-- EXTRA TRACER OPTIONS]

Runs the syscall loop untraced, under strc's text trace and under strc --json (both to a
file in /tmp, with the same extra options), R times each, interleaved in one run, and prints
for each the median wall time and the median CPU time (strc and its tracee, user and system,
from wait4's rusage), the cost per traced call over the untraced run, and the ratios of
JSON's cost per call to the text's (the target: at most 1.10). On a loaded machine the wall
time swings with the other jobs; the CPU time is the steadier figure.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def once(argv):
    """(wall seconds, CPU seconds of the process and the children it reaped)"""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode:
        raise subprocess.CalledProcessError(p.returncode, argv)
    return wall, ru.ru_utime + ru.ru_stime


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument('--strc', required=True)
    ap.add_argument('--loop', required=True)
    ap.add_argument('--calls', type=int, default=200000)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('extra', nargs=argparse.REMAINDER)
    a = ap.parse_args()
    extra = a.extra[1:] if a.extra[:1] == ['--'] else a.extra
    loop = [a.loop, str(a.calls)]
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, 'trace')
        runs = {'untraced': loop,
                'text': [a.strc, '-o', out] + extra + loop,
                'json': [a.strc, '--json', '-o', out] + extra + loop}
        result = {k: [] for k in runs}
        for _ in range(a.runs):
            for k, argv in runs.items():
                result[k].append(once(argv))
    print('workload: %d syscalls, %d runs, options: %s' %
          (a.calls, a.runs, ' '.join(extra) or '(none)'))
    for i, what in enumerate(('wall', 'cpu')):
        t = {k: statistics.median(r[i] for r in v) for k, v in result.items()}
        for k in runs:
            print('%-4s %-9s %8.3f s   %7.2f us/call over untraced' %
                  (what, k, t[k], (t[k] - t['untraced']) / a.calls * 1e6))
        text, js = t['text'] - t['untraced'], t['json'] - t['untraced']
        print('%-4s ratio json/text (cost per traced call): %.3f' % (what, js / text))
    return 0


if __name__ == '__main__':
    sys.exit(main())
