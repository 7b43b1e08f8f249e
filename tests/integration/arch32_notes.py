#!/usr/bin/env python3
"""arch32_notes.py: strace's personality notes, "[ Process PID=N runs in 32 bit mode. ]".

  arch32_notes.py STRC FAM32 [STRACE]

FAM32's "exec" group runs i386 -> x86_64 (sh) -> i386 (itself again): three notes, one at the
first call in each personality. Checked on strc: on a trace that goes to standard error
(plain, -f with its [pid N] prefix, -c), none with -q or -o FILE, and as JSON personality
objects with --json. Where STRACE is given (Debian's 6.1; the environment variable
STRC_REFERENCE_STRACE names another, 7.2), its notes in the same runs must be the same
lines, pids masked. Exit 77 when FAM32 cannot run here.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

NOTE = re.compile(r'^(\[pid +\d+\] )?\[ Process PID=\d+ runs in (.*) mode\. \]$')
MODES = ['32 bit', '64 bit', '32 bit']


def notes(tracer, opts, fam32, workdir):
    """the personality notes tracer writes on stderr, pids masked"""
    p = subprocess.run([tracer] + opts + ['--', fam32, 'exec'], cwd=workdir,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, timeout=60)
    out = []
    for line in p.stderr.decode(errors='replace').splitlines():
        m = NOTE.match(line)
        if m:
            out.append(('[pid N] ' if m.group(1) else '') + '[ Process PID=N runs in %s mode. ]'
                       % m.group(2))
    return out


def expected(prefix):
    return [prefix + '[ Process PID=N runs in %s mode. ]' % mode for mode in MODES]


def main():
    if len(sys.argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    strc, fam32 = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    strace = os.environ.get('STRC_REFERENCE_STRACE') or (sys.argv[3] if len(sys.argv) > 3
                                                         else None)
    failed = 0
    with tempfile.TemporaryDirectory(prefix='strc-arch32-') as work:
        cases = [([], expected('')), (['-q'], []), (['-o', os.path.join(work, 'log')], []),
                 (['-c'], expected('')), (['-f'], expected(''))]
        for opts, want in cases:
            got = notes(strc, opts, fam32, work)
            ref = notes(strace, opts, fam32, work) if strace else None
            if got != want or (ref is not None and ref != got):
                print('FAIL %s: strc %s, wanted %s%s' % (' '.join(opts) or '(none)', got, want,
                      '' if ref is None else ', strace %s' % ref))
                failed += 1
        # JSON: one personality object per note, -q or not
        p = subprocess.run([strc, '--json', '-q', '-o', os.path.join(work, 'j'), '--', fam32,
                            'exec'], cwd=work, stdout=subprocess.DEVNULL, timeout=60)
        with open(os.path.join(work, 'j')) as f:
            objs = [json.loads(line) for line in f]
        modes = [o['mode'] for o in objs if o['type'] == 'personality']
        if p.returncode != 0 or modes != MODES:
            print('FAIL --json: personality objects %s, wanted %s' % (modes, MODES))
            failed += 1
        # each object comes before the first call of its personality
        arches = [o.get('arch') or o['mode'] for o in objs
                  if o['type'] in ('personality', 'syscall')]
        for i, a in enumerate(arches):
            if a in MODES and i + 1 < len(arches) and arches[i + 1] != (
                    'i386' if a == '32 bit' else 'x86_64'):
                print('FAIL --json: %s followed by a call of %s' % (a, arches[i + 1]))
                failed += 1
    print('arch32_notes: %d failed' % failed)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
