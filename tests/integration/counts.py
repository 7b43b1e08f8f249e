#!/usr/bin/env python3
"""counts.py STRC: no event lost. `strc -f -c` and `strace -f -c` on a run of 200+ processes
count the same calls per syscall (within a small tolerance for the run-to-run variation of
the shell's own calls); exits 77 when strace is not installed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROW = re.compile(r'^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:(\d+)\s+)?(\w+)$')
COMMAND = ['sh', '-c', 'for i in $(seq 250); do /bin/true; done; echo x | cat >/dev/null']


def counts(tracer, tmp):
    log = os.path.join(tmp, os.path.basename(tracer) + '.txt')
    subprocess.run([tracer, '-f', '-c', '-o', log] + COMMAND, check=True, stdin=subprocess.DEVNULL)
    table = {}
    with open(log) as f:
        for line in f:
            m = ROW.match(line)
            if m and m.group(3) != 'total':
                table[m.group(3)] = int(m.group(1))
    return table


def main():
    strace = shutil.which('strace')
    if not strace:
        print('counts: strace is not installed; skipped')
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        want = counts(strace, tmp)
        got = counts(sys.argv[1], tmp)
    bad = 0
    for name in sorted(set(want) | set(got)):
        a, b = want.get(name, 0), got.get(name, 0)
        ok = abs(a - b) <= max(2, a // 100)
        print('%-20s strace %6d  strc %6d%s' % (name, a, b, '' if ok else '  <-- differs'))
        bad += not ok
    print('counts: %d syscalls, %d differ; total calls strace %d, strc %d' %
          (len(set(want) | set(got)), bad, sum(want.values()), sum(got.values())))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
