#!/usr/bin/env python3
"""shortread.py: strace's notes on stderr about arguments read only in part.

  shortread.py STRC PROGRAM

PROGRAM (tests/progs/shortread.c) makes calls whose arguments end in an unmapped page and
prints the notes it expects ("umoven: short read (10 < 20) @0x..."). strc runs it with
-o /dev/null: its stderr, each line without "strc: ", must be those notes in that order.
Then `PROGRAM inline` under strc with the trace on stderr: the note must come where strace
writes it, after the part of the line written so far, the line then finished below it.

Where a strace is at hand (STRC_REFERENCE_STRACE, else `strace` on PATH), the same runs
check it against the same expectations, so that they are strace's own. Exit status 0 when
every checked tracer printed what was expected, 1 otherwise.
"""
import os
import re
import shutil
import subprocess
import sys


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=50)
    return p.stdout.decode(errors='replace'), p.stderr.decode(errors='replace')


def strip_name(text, tracer):
    """the tracer's name (strace says its argv[0], strc its base name) as the program
    writes it: @NAME@"""
    names = '|'.join(re.escape(n) for n in (tracer, os.path.basename(tracer)))
    return re.sub(r'(?:%s): ' % names, '@NAME@: ', text)


def check(tracer, program):
    failed = 0
    want, got = run([tracer, '-o', os.devnull, '-e', 'trace=all', program])
    got = strip_name(got, tracer).replace('@NAME@: ', '')
    if got != want:
        print('%s: the notes differ\n--- expected\n%s--- printed\n%s' % (tracer, want, got))
        failed = 1
    want, got = run([tracer, '-e', 'trace=write', program, 'inline'])
    got = strip_name(got, tracer)
    if got != want:
        print('%s: the inline note differs\n--- expected\n%s--- printed\n%s' % (tracer, want, got))
        failed = 1
    return failed


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    strc, program = argv[1], argv[2]
    failed = check(strc, program)
    reference = os.environ.get('STRC_REFERENCE_STRACE') or shutil.which('strace')
    if reference:
        failed |= check(reference, program)
    print('shortread: %s' % ('differs' if failed else 'as expected'))
    return failed


if __name__ == '__main__':
    sys.exit(main(sys.argv))
