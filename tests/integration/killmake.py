#!/usr/bin/env python3
"""killmake.py STRC FOLLOWPROJ [RUNS] [SEED]: a trace that survives strc being SIGKILLed.

`strc -f -o FILE make -j2 -B -C proj` on a copy of tests/followproj, first run to its end
(twice: the reference), then RUNS times (20) with `timeout -s KILL` at a moment drawn from
SEED (fixed, so a failure replays) between a fifth of a full run's length and its end (or
0.6 s, if later: a fast machine builds it in 0.1 s). Each
killed FILE must:
  - not be empty when the kill came 0.3 s or more after the start: strc had decoded the
    first execve long before;
  - hold only whole lines, except perhaps its last (each checked as fuzz.py checks a line);
  - hold only lines a complete run has: each process's lines, masked as compare.py masks
    them and with pids made PID, are among the reference runs' lines, and its last,
    unfinished call starts like a line there. Where make -j2's scheduling decides a result
    (wait4, a jobserver read, a SIGCHLD), the call up to its first argument must match.
Address randomisation is off (setarch -R) so that addresses repeat. Exit 0 when every run
passes, 1 otherwise, 77 when make, cc or setarch is missing.
"""
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'fuzz'))
import compare  # noqa: E402  (its masks and its -f line grouping)
import fuzz  # noqa: E402  (its line grammar)

PID_LINE = re.compile(r'^(\d+) +(.*)$')
# where a pid shows inside a line: results of the calls that return one, wait4's first
# argument, siginfo and clone's tid words
PID_RESULT = re.compile(r'^((?:clone3?|vfork|fork|wait4|getpid|getppid|gettid|set_tid_address)'
                        r'\(.*\) += )\d+')
PID_INSIDE = re.compile(r'\b(si_pid=|wait4\(|parent_tid=\[|child_tid=\[)\d+')


# where make's heap holds the environment it passes a job depends on which job ended first
# (also in an execve line cut by another process's and never resumed: strc was killed)
ENV_POINTER = re.compile(r'^(execve\(.*\], )0x[0-9a-f]+( /\* \d+ vars? \*/(?:\)| <unfinished \.\.\.>))')


def mask_pids(line):
    line = ENV_POINTER.sub(r'\1ENV\2', line)
    line = PID_RESULT.sub(r'\1PID', line)
    return PID_INSIDE.sub(r'\1PID', line)


def streams(path):
    """{pid: [masked lines]}, unfinished/resumed joined, the last line dropped if partial"""
    with open(path, 'rb') as f:
        text = f.read().decode('latin-1')
    whole = text if text.endswith('\n') or not text else text[:text.rfind('\n') + 1]
    by_pid = compare.per_process(whole, True)
    return {pid: [mask_pids(line) for line in lines] for pid, lines in by_pid.items()}


def trace(strc, proj, out, wrap, seconds=None):
    """run the traced build in its own process group; SIGKILL strc after SECONDS"""
    argv = [strc, '-f', '-o', out, 'make', '-j2', '-B', '-s', '-C', proj]
    if seconds is not None:
        argv = ['timeout', '-s', 'KILL', '%.3f' % seconds] + argv
    start = time.monotonic()
    p = subprocess.Popen(wrap + argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        p.wait(timeout=120)
    finally:
        # what strc left running (make, cc) is this run's own group: end it before the next
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return p.returncode, time.monotonic() - start


# make -j2 waits for whichever job ends first and polls its jobserver pipe: what these calls
# return, and where a SIGCHLD lands, differ between complete runs too. Such a line only has
# to match a complete run's call up to its first argument.
SCHEDULED = re.compile(r'^(?:(?:wait4|waitid|read|pselect6|select|poll|ppoll|rt_sigreturn)\([^,)]*'
                       r'|--- SIGCHLD \{si_signo=SIGCHLD, si_code=\w+)')


def in_reference(line, reference, shapes):
    if line in reference:
        return True
    m = SCHEDULED.match(line)
    return bool(m) and m.group(0) in shapes


# strc killed later than this must have written make's execve (if it writes what it has
# before it waits): far above the few milliseconds it takes, even on a loaded machine
SURELY_STARTED = 0.3


def check_killed(path, reference, when):
    """what is wrong with the killed run's FILE, or []"""
    with open(path, 'rb') as f:
        text = f.read().decode('latin-1')
    if not text:
        return ['the trace is empty'] if when >= SURELY_STARTED else []
    problems = []
    shapes = {m.group(0) for m in map(SCHEDULED.match, reference) if m}
    lines = text.split('\n')
    for n, line in enumerate(lines[:-1], 1):  # the last (after the final newline) may be cut
        m = PID_LINE.match(line)
        why = fuzz.bad_line(m.group(2) if m else line) if m else 'no pid prefix'
        if why:
            problems.append('line %d is not whole: %s: %r' % (n, why, line[:200]))
            break
    for pid, got in streams(path).items():
        for line in got:
            if line.endswith(' <unfinished ...>'):
                head = line[:-len(' <unfinished ...>')]
                if not any(r.startswith(head) for r in reference):
                    problems.append('pid %s: a call no complete run made: %r' % (pid, line[:200]))
            elif not in_reference(line, reference, shapes):
                problems.append('pid %s: a line no complete run has: %r' % (pid, line[:200]))
    return problems


def main():
    if len(sys.argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    strc, src = os.path.abspath(sys.argv[1]), sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 15)
    for tool in ('make', 'cc', 'setarch', 'timeout'):
        if not shutil.which(tool):
            print('killmake: %s is not installed; skipped' % tool)
            return 77
    wrap = ['setarch', os.uname().machine, '-R']
    failed = 0
    with tempfile.TemporaryDirectory(prefix='strc-killmake-') as tmp:
        reference, lengths = set(), []
        # one path for every run: it is in the trace (make -C), and so are addresses on a
        # stack that holds it
        proj = os.path.join(tmp, 'proj')
        for i in range(2):
            shutil.rmtree(proj, ignore_errors=True)
            shutil.copytree(src, proj)
            out = os.path.join(tmp, 'full%d.trace' % i)
            rc, took = trace(strc, proj, out, wrap)
            if rc != 0:
                print('killmake: the complete traced build failed (status %d)' % rc)
                return 1
            lengths.append(took)
            for lines in streams(out).values():
                reference.update(lines)
        full = min(lengths)
        for run in range(runs):
            # a short build (0.1 s on an idle machine) still gets kills after strc started
            when = rng.uniform(full / 5, max(full, 2 * SURELY_STARTED))
            shutil.rmtree(proj, ignore_errors=True)
            shutil.copytree(src, proj)
            out = os.path.join(tmp, 'run%d.trace' % run)
            trace(strc, proj, out, wrap, when)
            problems = check_killed(out, reference, when)
            if problems:
                failed += 1
                print('FAIL run %d (killed after %.3f s):' % (run, when))
                for p in problems[:5]:
                    print('  ' + p)
    print('killmake: %d runs killed at random, %d failed (a complete run took %.2f s)'
          % (runs, failed, full))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
