#!/usr/bin/env python3
"""expect.py: a test program says what the tracer must print; check strc (and strace 7.x).

  expect.py --strc PATH [--strace PATH | --no-reference] [--show N]
            [TRACER OPTIONS ...] -- PROGRAM [ARGS ...]

For what strace 6.1 (the one CI has) cannot print at all, a call or a structure it does not
decode, the test owns its expectation, in the style of strace's own tests: PROGRAM makes
its calls and prints on standard output the line it expects for each call the tracer
options select (`-e trace=...`), ending with the exit line (`+++ exited with 0 +++`).
tests/progs/expect.h has the helpers: expect(rc, fmt, ...) pads the call to strace's column
and adds the result with its errno, expect_ptr, expect_str (strace's quoting), a guard page
for partly readable objects, expect_done.

The tracer runs `TRACER -o LOG TRACER-OPTIONS -- PROGRAM ARGS` in an empty directory, and
LOG must equal what PROGRAM printed, line for line. Nothing is masked: the program prints
the pointers, sizes and results it used. What it cannot know it writes as a wildcard:

  @ADDR@  a pointer in hex (0x...)      @HEX@  any hex number (0x... or 0)
  @NUM@   a decimal number, maybe negative

Every run checks strc. When a strace of version 7 or later is at hand (--strace PATH, the
environment variable STRC_REFERENCE_STRACE, or `strace` on PATH if it is that new), the same
program is run under it too and its log must match the program's expectations as well, so
every expectation is verified against the reference wherever the reference exists. An older
strace (Debian 12's 6.1, which cannot decode these calls) and no strace at all leave strc
checked alone. --no-reference skips the reference even where it exists.

`expect.py --self-test` checks the comparison itself (the wildcards, a missing, an extra
and a changed line), with no tracer.

Exit status: 0 when every checked tracer printed the expected lines; 1 when one did not
(the differences are shown, `-` expected, `+` printed); 77 (skipped) when PROGRAM exits
with 77 (what it tests does not exist here); 2 when something could not run.
"""
import difflib
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
TIMEOUT = 50  # seconds for one run, under ctest's own limit for the case (60)
WILDCARDS = {'@ADDR@': r'0x[0-9a-f]+', '@HEX@': r'(?:0x[0-9a-f]+|0)', '@NUM@': r'-?\d+'}
WILDCARD = re.compile('|'.join(re.escape(w) for w in WILDCARDS))


def usage():
    sys.stderr.write(__doc__)
    return 2


def parse(argv):
    """(our settings, the tracer's options, the command), or None when malformed"""
    if '--' not in argv:
        return None
    split = argv.index('--')
    head, command = argv[:split], argv[split + 1:]
    ours = {'--strc': None, '--strace': None, '--show': '40', '--no-reference': False}
    while head:
        if head[0] == '--no-reference':
            ours['--no-reference'] = True
            head = head[1:]
        elif head[0] in ours and len(head) > 1:
            ours[head[0]] = head[1]
            head = head[2:]
        else:
            break
    if not ours['--strc'] or not command:
        return None
    return ours, head, command


def strace_major(path):
    """strace's major version, or 0 for what does not say it is strace"""
    try:
        p = subprocess.run([path, '-V'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           timeout=30)
    except OSError:
        return 0
    m = re.match(rb'strace -- version (\d+)\.', p.stdout)
    return int(m.group(1)) if m else 0


def reference(ours):
    """the strace 7.x to verify the expectations against, or None (with why, on stdout)"""
    if ours['--no-reference']:
        return None
    path = ours['--strace'] or os.environ.get('STRC_REFERENCE_STRACE') or shutil.which('strace')
    if not path:
        print('expect: no strace here: strc checked alone')
        return None
    major = strace_major(path)
    if major < 7:
        print('expect: %s is not strace 7 or later: strc checked alone' % path)
        return None
    return path


@functools.lru_cache(maxsize=None)
def matcher(line):
    """a compiled pattern for one expected line: literal but for the wildcards"""
    parts, at = [], 0
    for m in WILDCARD.finditer(line):
        parts.append(re.escape(line[at:m.start()]))
        parts.append(WILDCARDS[m.group(0)])
        at = m.end()
    parts.append(re.escape(line[at:]))
    return re.compile(''.join(parts) + r'\Z')


def as_expected(want, got, j):
    """got[j] as the expected line it matches (wildcards and all), the nearest one to its
    place first, so that a line missing or added before it does not hide the match"""
    patterns = [matcher(w) for w in want]
    for i in sorted(range(len(want)), key=lambda i: abs(i - j)):
        if patterns[i].match(got[j]):
            return want[i]
    return got[j]


def differences(want, got):
    """the lines that differ, in order: ('-', expected) and ('+', printed)"""
    seen = [as_expected(want, got, j) for j in range(len(got))]
    out = []
    sm = difflib.SequenceMatcher(None, want, seen, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != 'equal':
            out += [('-', line) for line in want[i1:i2]]
            out += [('+', line) for line in got[j1:j2]]
    return out


def run(tracer, opts, command, tmp, name):
    """(the program's status, its expectations, the tracer's log) or None when it failed"""
    work = os.path.join(tmp, name)
    os.mkdir(work)
    log = os.path.join(tmp, name + '.log')
    out = os.path.join(tmp, name + '.out')
    argv = [tracer, '-o', log] + opts + ['--'] + command
    with open(out, 'wb') as sink:
        try:
            p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=sink,
                               stderr=subprocess.PIPE, cwd=work, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            sys.stderr.write('expect: %s did not end in %d seconds\n' % (name, TIMEOUT))
            return None
    err = p.stderr.decode(errors='replace')
    if p.returncode == SKIP:
        print('expect: %s: skipped: %s' % (command[0], err.strip()))
        return SKIP, None, None
    if not os.path.exists(log):
        sys.stderr.write('expect: %s wrote no log: %s\n' % (tracer, err))
        return None
    with open(out, errors='replace') as f:
        want = f.read().splitlines()
    with open(log, errors='replace') as f:
        got = f.read().splitlines()
    if p.returncode != 0:
        sys.stderr.write('expect: under %s the program exited with %d: %s\n'
                         % (name, p.returncode, err))
    return p.returncode, want, got


def check(name, tracer, opts, command, tmp, show):
    """0 when the tracer printed what the program expected, 1 when not, 77, 2"""
    result = run(tracer, opts, command, tmp, name)
    if result is None:
        return 2
    status, want, got = result
    if status == SKIP:
        return SKIP
    calls = [w for w in want if not w.startswith('+++ ')]
    if not calls:
        print('expect: %s: the program expected no call at all' % name)
        return 1
    diff = differences(want, got)
    for sign, line in diff[:show]:
        print('%s %s' % (sign, line))
    same = len(want) - sum(1 for sign, line in diff if sign == '-')
    print('expect: %s: %d/%d expected lines printed' % (name, same, len(want)))
    return 0 if not diff and status == 0 else 1


def self_test():
    """the comparison on made-up logs: 0 when it finds what it must"""
    want = ['mmap(NULL, 4096, PROT_READ) = @ADDR@', 'getpid() = @NUM@', 'close(@NUM@) = 0',
            '+++ exited with 0 +++']
    cases = [
        (['mmap(NULL, 4096, PROT_READ) = 0x7f00', 'getpid() = 42', 'close(-3) = 0',
          '+++ exited with 0 +++'], []),
        (['mmap(NULL, 4096, PROT_READ) = 0x7f00', 'close(3) = 0', '+++ exited with 0 +++'],
         [('-', 'getpid() = @NUM@')]),
        (want[:1] + ['getpid() = 42', 'getppid() = 1', 'close(3) = 0', want[3]],
         [('+', 'getppid() = 1')]),
        (['mmap(NULL, 4096, PROT_READ) = NULL', 'getpid() = 42', 'close(3) = 0', want[3]],
         [('-', want[0]), ('+', 'mmap(NULL, 4096, PROT_READ) = NULL')]),
        (['mmap(NULL, 4096, PROT_READ) = 0x7f00', 'getpid() = 0x2a', 'close(3) = 0', want[3]],
         [('-', want[1]), ('+', 'getpid() = 0x2a')]),
    ]
    bad = 0
    for got, diff in cases:
        found = differences(want, got)
        if found != diff:
            print('expect: self-test: %r gave %r, not %r' % (got, found, diff))
            bad = 1
    print('expect: self-test: %d cases, %s' % (len(cases), 'failed' if bad else 'passed'))
    return bad


def main():
    if sys.argv[1:] == ['--self-test']:
        return self_test()
    parsed = parse(sys.argv[1:])
    if not parsed:
        return usage()
    ours, opts, command = parsed
    if '/' in command[0]:  # it runs in a directory of its own
        command = [os.path.abspath(command[0])] + command[1:]
    tracers = [('strc', os.path.abspath(ours['--strc']))]
    ref = reference(ours)
    if ref:
        tracers.append(('strace', ref))
    worst = 0
    with tempfile.TemporaryDirectory(prefix='strc-expect-') as tmp:
        for name, tracer in tracers:
            code = check(name, tracer, opts, command, tmp, int(ours['--show']))
            if code == SKIP:
                return SKIP
            worst = max(worst, code)
    return worst


if __name__ == '__main__':
    sys.exit(main())
