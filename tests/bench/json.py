#!/usr/bin/env python3
"""json.py: what --json costs per traced call, against the text trace, on one workload.

  json.py --strc PATH --loop PATH [--calls N] [--runs R] [-- EXTRA TRACER OPTIONS]

Runs the syscall loop untraced, under strc's text trace and under strc --json (both to a
file in /tmp, with the same extra options), R times each, interleaved in one run, and prints
the best time of each, the cost per traced call over the untraced run, and the ratio of
JSON's cost per call to the text's (the target: at most 1.10).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def once(argv):
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


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
    t = {k: min(v) for k, v in result.items()}
    print('workload: %d syscalls, options: %s' % (a.calls, ' '.join(extra) or '(none)'))
    for k in runs:
        print('%-9s %8.3f s   %7.2f us/call over untraced' %
              (k, t[k], (t[k] - t['untraced']) / a.calls * 1e6))
    text, js = t['text'] - t['untraced'], t['json'] - t['untraced']
    print('ratio json/text (cost per traced call): %.3f' % (js / text))
    return 0


if __name__ == '__main__':
    sys.exit(main())
