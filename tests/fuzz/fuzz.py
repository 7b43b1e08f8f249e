#!/usr/bin/env python3
"""fuzz.py: trace the random-syscall driver (tests/progs/fuzzsys.c) with strc under every
decoding option and check what strc does with whatever the calls hold.

  fuzz.py --strc STRC --prog FUZZSYS --tables SYSCALLTAB [--seeds FIRST-LAST | --seed N]
          [--count CALLS] [--seconds LIMIT] [--opts NAME,...]

For each seed and each option set (plain, -v, -s 8, -xx, -yy, -X raw, -X verbose, -f):
strc must exit with the driver's own status (the driver run untraced with the same seed),
print no "strc:" message of its own, finish within a time limit, and write a trace whose
every line is well formed: printable ASCII only (all the driver passes is escaped), a call
line `name(...) = result` whose brackets balance outside strings, or a signal, exit or
unfinished/resumed line. With --seconds, seeds are run in order until the time is up (at
least one). A failure prints the command that replays it (--seed N --opts NAME).

As root the runs get network, IPC and UTS namespaces of their own (unshare), so whatever a
call does with sockets or SysV objects stays there, and the driver gives up root for nobody
before its first random call, so no call it makes can change the machine. Exit status: 0 all good, 1 a failure.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

# strace's notes on an argument read only in part (random pointers make many): expected
SHORT_READ = re.compile(r'\S+: umove(?:n|str): short read \(\d+ < \d+\) @0x[0-9a-f]+(?:: .*)?$')

# Calls the driver never makes: they would end, signal or replace it, map over it, change
# its signal handling or credentials, or reach the machine or other processes. Named here,
# numbered from syscalltab/ (the tables strc is built from).
DENIED = '''exit exit_group kill tkill tgkill rt_sigqueueinfo rt_tgsigqueueinfo pidfd_send_signal
reboot fork vfork clone clone3 execve execveat mmap munmap mremap mprotect pkey_mprotect
madvise process_madvise brk shmat shmdt rt_sigprocmask rt_sigaction rt_sigreturn
rt_sigsuspend rt_sigtimedwait sigaltstack pause setitimer alarm timer_create timer_settime
timer_delete ptrace personality setuid setgid setreuid setregid setresuid setresgid setfsuid
setfsgid setgroups capset prctl seccomp arch_prctl set_tid_address set_robust_list rseq
chroot chdir fchdir pivot_root mount umount2 unshare setns swapon swapoff sethostname
setdomainname settimeofday clock_settime adjtimex clock_adjtime init_module finit_module
delete_module kexec_load kexec_file_load acct quotactl quotactl_fd syslog iopl ioperm vhangup
setrlimit prlimit64 setpriority sched_setscheduler sched_setparam sched_setattr
sched_setaffinity ioprio_set process_vm_writev process_vm_readv migrate_pages move_pages
keyctl add_key request_key fallocate mlockall modify_ldt set_thread_area
landlock_restrict_self move_mount fsopen fsconfig fsmount fspick open_tree mount_setattr
fchmod fchown sync syncfs wait4 waitid restart_syscall setsid setpgid process_mrelease
userfaultfd vmsplice mknod mknodat perf_event_open fanotify_init pidfd_getfd bpf shmctl
msgctl semctl open_by_handle_at uretprobe uprobe map_shadow_stack mseal lsm_set_self_attr
'''.split()

OPTION_SETS = {
    'plain': [], 'v': ['-v'], 's8': ['-s', '8'], 'xx': ['-xx'], 'yy': ['-yy'],
    'xraw': ['-X', 'raw'], 'xverbose': ['-X', 'verbose'], 'f': ['-f'],
}
X32_BIT = 0x40000000
LIMIT = 60          # seconds one traced run may take before it counts as a hang

PID = r'(?:\[pid +\d+\] |\d+ +)?'
SIGNAL_LINE = re.compile(PID + r'--- (?:SIG\w+ .*|stopped by SIG\w+) ---$')
EXIT_LINE = re.compile(PID + r'\+\+\+ (?:exited with \d+|killed by SIG\w+(?: \(core dumped\))?) \+\+\+$')
RESUMED_LINE = re.compile(PID + r'<\.\.\. [a-z_0-9]+ resumed>.* = .+$')
CALL_START = re.compile(PID + r'[a-z_0-9]+\(')
UNFINISHED = ' <unfinished ...>'


def denied_numbers(tables):
    """the DENIED calls' numbers on this machine: its own table, and x32's with its bit"""
    arch = {'x86_64': 'x86_64', 'aarch64': 'aarch64', 'riscv64': 'riscv64'}.get(os.uname().machine)
    if not arch:
        return None
    numbers = []
    for name, bit in [(arch, 0)] + ([('x32', X32_BIT)] if arch == 'x86_64' else []):
        with open(os.path.join(tables, 'arch', name + '.tbl')) as f:
            for line in f:
                fields = line.split('#')[0].split()
                if len(fields) >= 2 and fields[1] in DENIED:
                    numbers.append(int(fields[0], 0) | bit)
    return ','.join(str(n) for n in sorted(set(numbers)))


def decoration_end(line, i):
    """where the -y/-yy decoration opened at I ends: the path in it has its own '<' and '>'
    escaped, so the first '>' that something outside can follow closes it ('->' inside a
    socket's endpoints does not)"""
    j = i + 1
    while j < len(line):
        if line[j] == '>' and (j + 1 == len(line) or line[j + 1] in ',) ]}('):
            return j
        j += 1
    return j


def balanced_call(line):
    """'' if the call line's brackets balance outside strings up to ' = ' (or to the
    unfinished mark), else what is wrong"""
    start = CALL_START.match(line)
    stack, i, in_string = [], start.end() - 1, False
    while i < len(line):
        c = line[i]
        if in_string:
            if c == '\\':
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == '<' and i > 0 and (line[i - 1].isdigit() or line[i - 1] == 'D') \
                and not line.startswith('<<', i):
            i = decoration_end(line, i)     # -y/-yy: an fd's <path> (or AT_FDCWD's)
        elif c in '([{':
            stack.append(')]}'['([{'.index(c)])
        elif c in ')]}':
            if not stack or stack.pop() != c:
                return 'a bracket closes what was never opened'
            if not stack:
                rest = line[i + 1:]
                if re.match(r' *= \S', rest):
                    return ''
                return 'the call does not end in " = result"'
        if line.startswith(UNFINISHED, i) and i + len(UNFINISHED) == len(line):
            return '' if stack else 'unfinished after the call closed'
        i += 1
    return 'unterminated string' if in_string else 'the call never closes'


def bad_line(line):
    """why LINE is not a line strace could print, or ''"""
    if any(not (' ' <= c <= '~') for c in line):
        return 'a byte that is not printable ASCII'
    if SIGNAL_LINE.match(line) or EXIT_LINE.match(line) or RESUMED_LINE.match(line):
        return ''
    if CALL_START.match(line):
        return balanced_call(line)
    return 'not a call, signal or exit line'


def run_driver(argv, workdir, stdin_path):
    with open(stdin_path) as stdin:
        return subprocess.run(argv, cwd=workdir, stdin=stdin, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=LIMIT)


def status_of(rc):
    """a child's status as strc reports it: its exit code, or 128 + the signal"""
    return 128 - rc if rc < 0 else rc


def scratch(base):
    """a fresh working directory two levels down: '..' stays in the scratch tree"""
    top = tempfile.mkdtemp(prefix='fuzz-', dir=base)
    work = os.path.join(top, 'a', 'b')
    os.makedirs(work)
    if os.geteuid() == 0:       # the driver runs as nobody (fuzzsys.c): its tree is its own
        for d in (os.path.join(top, 'a'), work):
            os.chown(d, 65534, 65534)
    stdin = os.path.join(top, 'stdin')
    with open(stdin, 'w') as f:
        f.write('fuzz input\n')
    return top, work, stdin


def one(args, wrap, seed, name, denied, base):
    """'' or a description of what went wrong with SEED under option set NAME"""
    driver = [args.prog, str(seed), str(args.count), denied]
    top, work, stdin = scratch(base)
    try:
        try:
            alone = run_driver(wrap + driver, work, stdin)
        except subprocess.TimeoutExpired:
            return 'the driver alone ran over %d s (not strc\'s fault: a call to deny?)' % LIMIT
        shutil.rmtree(top, ignore_errors=True)
        top, work, stdin = scratch(base)
        log = os.path.join(top, 'trace')
        argv = wrap + [args.strc, '-o', log] + OPTION_SETS[name] + ['--'] + driver
        try:
            traced = run_driver(argv, work, stdin)
        except subprocess.TimeoutExpired:
            return 'strc ran over %d s: a hang' % LIMIT
        want, got = status_of(alone.returncode), status_of(traced.returncode)
        problems = []
        if got != want:
            problems.append('strc exited %d, the driver alone %d' % (got, want))
        for line in traced.stderr.decode('latin-1').splitlines():
            if line.startswith(os.path.basename(args.strc) + ':') and \
                    not re.match(r'\S+: Process \d+ (?:attached|detached)$', line) and \
                    not SHORT_READ.match(line):
                problems.append('strc said: ' + line)
        if not os.path.exists(log):
            problems.append('strc wrote no trace (status %d)' % got)
            return '; '.join(problems)
        with open(log, 'rb') as f:
            lines = f.read().decode('latin-1').split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        else:
            problems.append('the trace does not end with a newline')
        for n, line in enumerate(lines, 1):
            why = bad_line(line)
            if why:
                problems.append('line %d: %s: %r' % (n, why, line[:300]))
                break
        return '; '.join(problems)
    finally:
        shutil.rmtree(top, ignore_errors=True)


def isolation():
    if os.geteuid() != 0 or not shutil.which('unshare'):
        return []
    wrap = ['unshare', '--net', '--ipc', '--uts']
    if subprocess.run(wrap + ['true'], stderr=subprocess.DEVNULL).returncode != 0:
        return []
    return wrap


def seeds_of(args):
    if args.seed is not None:
        return [args.seed]
    first, last = (int(x) for x in args.seeds.split('-'))
    return list(range(first, last + 1))


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--strc', required=True)
    p.add_argument('--prog', required=True)
    p.add_argument('--tables', required=True)
    p.add_argument('--seeds', default='1-5')
    p.add_argument('--seed', type=int)
    p.add_argument('--count', type=int, default=2000)
    p.add_argument('--seconds', type=float)
    p.add_argument('--opts', default=','.join(OPTION_SETS))
    args = p.parse_args()
    args.strc = os.path.abspath(args.strc)
    args.prog = os.path.abspath(args.prog)
    denied = denied_numbers(args.tables)
    if denied is None:
        print('fuzz: no syscall table for %s; skipped' % os.uname().machine)
        return 77
    names = args.opts.split(',')
    for name in names:
        if name not in OPTION_SETS:
            p.error('unknown option set %s (known: %s)' % (name, ', '.join(OPTION_SETS)))
    wrap = isolation()
    end = time.monotonic() + args.seconds if args.seconds else None
    runs = failures = 0
    with tempfile.TemporaryDirectory(prefix='strc-fuzz-') as base:
        for seed in seeds_of(args):
            if end and runs and time.monotonic() > end:
                break
            for name in names:
                runs += 1
                why = one(args, wrap, seed, name, denied, base)
                if why:
                    failures += 1
                    print('FAIL seed %d, %s: %s' % (seed, name, why))
                    print('  replay: %s --strc %s --prog %s --tables %s --seed %d --count %d '
                          '--opts %s' % (sys.argv[0], args.strc, args.prog, args.tables, seed,
                                         args.count, name))
            print('seed %d: %d option sets done' % (seed, len(names)), flush=True)
    print('fuzz: %d runs, %d failed' % (runs, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
