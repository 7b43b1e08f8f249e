#!/usr/bin/env python3
"""colour.py STRC COLOUR_PROG: --color, STRACE_COLORS, NO_COLOR and -N/--arg-names.

The expected lines are this test's own (strace 6.1, which CI has, knows neither option);
they were checked byte for byte against strace 7.2's. When STRC_REFERENCE_STRACE names a
strace that has --color, the same runs are compared with it too. In the expectations,
<35> stands for the escape ESC [ 35 m.
"""
import os
import pty
import re
import subprocess
import sys
import tempfile

TRACE = ['-s', '4', '-e', 'trace=close,openat,read,fstat,rt_sigprocmask,mmap,write,exit_group',
         '-e', 'signal=SIGUSR1']

COLOUR = r'''
<33>close<0>(<35>-1<0><0>)<0>                               <0>=<0><0> <32>-1<0> <31>EBADF<0> <31>(Bad file descriptor)<0><0>
<33>openat<0>(<35><34>AT_FDCWD<35><0>, <35>"/nonexistent/colour"<0>, <35><34>O_RDONLY|O_CLOEXEC<35><0><0>)<0> <0>=<0><0> <32>-1<0> <31>ENOENT<0> <31>(No such file or directory)<0><0>
<33>openat<0>(<35><34>AT_FDCWD<35><0>, <35>"/dev/zero"<0>, <35><34>O_RDONLY<35><0><0>)<0> <0>=<0><0> <32>3<0><0>
<33>read<0>(<35>3<0><0>, <35>"\0\0\0\0"<0>...<35><0>, <35>16<0>)<0>              <0>=<0><0> <32>16<0><0>
<33>fstat<0>(<35>3<0><0>, <35><0>{<35><39>st_mode<0>=<35>S_IFCHR|0666<0>, <35><39>st_rdev<0>=<35><33>makedev<0>(<35>0x1<0>, <35>0x5<0>)<0><0>, <35><0>...<35><0>}<35><0>)<0> <0>=<0><0> <32>0<0><0>
<33>rt_sigprocmask<0>(<35><34>SIG_BLOCK<35><0>, <35>[USR2]<0><0>, <35>NULL<0>, <35>8<0>)<0> <0>=<0><0> <32>0<0><0>
<33>mmap<0>(<35>NULL<0>, <35>4096<0>, <35><34>PROT_READ<35><0>|<35><34>PROT_WRITE<35><0>, <35><34>MAP_PRIVATE<35><0>|<35><34>MAP_ANONYMOUS<35><0>, <35>-1<0>, <35>0<0><0>)<0> <0>=<0><0> <32>ADDR<0><0>
--- SIGUSR1 <0>{<35><39>si_signo<0>=<35>SIGUSR1<0>, <35><39>si_code<0>=<35><34>SI_TKILL<35><0>, <35><39>si_pid<0>=<35>PID<0>, <35><39>si_uid<0>=<35>UID<0>}<35> ---<0>
<33>write<0>(<35>1<0>, <35>"hi\n"<0>, <35>3<0><0>)<0>                     <0>=<0><0> <32>3<0><0>
<33>exit_group<0>(<35>0<0><0>)<0>                           <0>=<0><0> <32>?<0><0>
+++ exited with 0 +++<0>
'''

# "colour split": where strace splits a call between entry and exit (capget's reset after
# its first argument, an undecoded ioctl's argument at entry), names its decoders print
# (futex's operation, capabilities), and a line the vfork child cuts
SPLIT_TRACE = ['-f', '-q', '--color=always', '-e', 'trace=futex,capget,capset,ioctl,vfork,write',
               '-e', 'signal=none']
SPLIT = r'''
<33>futex<0>(<35>ADDR<0>, <35><34>FUTEX_WAKE_OP_PRIVATE<35><0>, <35>1<0>, <35>1<0>, <35>ADDR<0>, <35><34>FUTEX_OP_SET<35><<28<0>|<35>0<<12<0>|<35><34>FUTEX_OP_CMP_GT<35><<24<0>|<35>0x1<0><0>)<0> <0>=<0><0> <32>0<0><0>
<33>capget<0>(<35><0>{<35><39>version<0>=<35><34>_LINUX_CAPABILITY_VERSION_3<35><0>, <35><39>pid<0>=<35>1<0>}<35><0><0>, <35>NULL<0>)<0> <0>=<0><0> <32>0<0><0>
<33>capset<0>(<35><0>{<35><39>version<0>=<35><34>_LINUX_CAPABILITY_VERSION_3<35><0>, <35><39>pid<0>=<35>1<0>}<35><0>, <35><0>{<35><39>effective<0>=<35><34>1<<CAP_SETFCAP<35><0>|<35><34>1<<CAP_MAC_OVERRIDE<35><0>, <35><39>permitted<0>=<35>0<0>, <35><39>inheritable<0>=<35>0<0>}<35><0><0>)<0> <0>=<0><0> <32>-1<0> <31>EPERM<0> <31>(Operation not permitted)<0><0>
<33>ioctl<0>(<35>3<0>, <35><33>_IOC<0>(<35><34>_IOC_READ<35><0>, <35>0x7a<0>, <35>0x3<0>, <35>0x4<0>)<0><0>, <35>0x8<0><0>)<0> <0>=<0><0> <32>-1<0> <31>ENOTTY<0> <31>(Inappropriate ioctl for device)<0><0>
<33>vfork<0>(<35><0> <unfinished ...><0>
<0>[<35>pid PID<0>]<35> <33>write<0>(<35>1<0>, <35>"child\n"<0>, <35>6<0><0>)<0>      <0>=<0><0> <32>6<0><0>
'''

NAMES = r'''
close(fd=-1)                            = -1 EBADF (Bad file descriptor)
openat(dirfd=AT_FDCWD, pathname="/nonexistent/colour", flags=O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
openat(dirfd=AT_FDCWD, pathname="/dev/zero", flags=O_RDONLY) = 3
read(fd=3, buf="\0\0\0\0"..., count=16) = 16
fstat(fd=3, statbuf={st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x5), ...}) = 0
rt_sigprocmask(how=SIG_BLOCK, set=[USR2], oldset=NULL, sigsetsize=8) = 0
mmap(addr=NULL, length=4096, prot=PROT_READ|PROT_WRITE, flags=MAP_PRIVATE|MAP_ANONYMOUS, fd=-1, offset=0) = ADDR
--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=PID, si_uid=UID} ---
write(fd=1, buf="hi\n", count=3)        = 3
exit_group(status=0)                    = ?
+++ exited with 0 +++
'''

# -N and colour together: the names in ARGNAME's colour, each before its argument
NAMES_COLOUR_OPENAT = (
    '<33>openat<0>(<35><39>dirfd<0>=<35><34>AT_FDCWD<35><0>, <35><39>pathname<0>=<35>'
    '"/nonexistent/colour"<0>, <35><39>flags<0>=<35><34>O_RDONLY|O_CLOEXEC<35><0><0>)<0> '
    '<0>=<0><0> <32>-1<0> <31>ENOENT<0> <31>(No such file or directory)<0><0>')

# STRACE_COLORS: every class a code of its own (strace's names for them)
CLASSES = 'ARGNAME=1:ARGVAL=2:SYSCALL=3:COMMENT=4:CONST=5:ERROR=6:PUNCT=7:RETVAL=8'
CLASSES_READ = ('<3>read<7>(<2>3<0><7>, <2>"\\0\\0\\0\\0"<7>...<2><7>, <2>16<7>)<0>'
                '              <7>=<0><0> <8>16<0><0>')

failures = []


def esc(text):
    return re.sub(r'<(\d+(?:;\d+)*)>', lambda m: '\x1b[%sm' % m.group(1), text)


def mask(line):
    line = re.sub(r'0x[0-9a-f]{8,}', 'ADDR', line)
    line = re.sub(r'(si_pid(?:\x1b\[0m)?=(?:\x1b\[35m)?)\d+', r'\1PID', line)
    return re.sub(r'(si_uid(?:\x1b\[0m)?=(?:\x1b\[35m)?)\d+', r'\1UID', line)


def run(strc, args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    p = subprocess.run([strc] + args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, env=e, timeout=60)
    return p.returncode, p.stderr.decode('utf-8', 'replace')


def program_lines(text, first):
    """The lines from the program's close(-1) on, masked: the loader's come before."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if first in line:
            return [mask(x) for x in lines[i:] if x]
    return []


def check(what, got, want):
    if got != want:
        failures.append(what)
        print('FAIL: %s' % what)
        for g, w in zip(got + [''] * len(want), want + [''] * len(got)):
            if g != w:
                print('  want %r\n  got  %r' % (w, g))
                break
    else:
        print('ok: %s' % what)


def expected(block):
    return [esc(x) for x in block.strip('\n').split('\n')]


def split_checks(strc, prog, who):
    _, out = run(strc, SPLIT_TRACE + [prog, 'split'])
    lines = [re.sub(r'(pid\x1b\[0m)? +\d+', r'\1 PID', x) if 'pid' in x else x
             for x in program_lines(out, 'futex')][:6]
    check('%s --color=always, split calls' % who, lines, expected(SPLIT))


def trace_checks(strc, prog, who):
    """The bytes of --color=always, -N, both, and STRACE_COLORS, from strc or a strace."""
    split_checks(strc, prog, who)
    _, out = run(strc, ['--color=always'] + TRACE + [prog])
    check('%s --color=always' % who, program_lines(out, 'close\x1b[0m(\x1b[35m-1'),
          expected(COLOUR))
    _, out = run(strc, ['-N'] + TRACE + [prog])
    check('%s -N' % who, program_lines(out, 'close(fd=-1'), expected(NAMES))
    _, out = run(strc, ['-N', '--color=always'] + TRACE + [prog])
    got = [x for x in program_lines(out, 'close\x1b[0m(') if 'nonexistent' in x]
    check('%s -N --color=always' % who, got, [esc(NAMES_COLOUR_OPENAT)])
    _, out = run(strc, ['--color=always'] + TRACE + [prog], {'STRACE_COLORS': CLASSES})
    got = [x for x in program_lines(out, '\x1b[3mclose') if '\x1b[3mread' in x and '"\\0' in x]
    check('%s STRACE_COLORS' % who, got, [esc(CLASSES_READ)])
    # what strace would not take (no value, an unknown name, a value not of digits and
    # ';') changes nothing; a name in any case is taken, blanks before a value skipped
    _, out = run(strc, ['--color=always'] + TRACE + [prog],
                 {'STRACE_COLORS': 'SYSCALL:XX=2:ERROR=abc:ARGVAL=;:CONST='})
    check('%s STRACE_COLORS without a KEY=VALUE it takes' % who,
          program_lines(out, 'close\x1b[0m(\x1b[35m-1'), expected(COLOUR))
    _, out = run(strc, ['--color=always'] + TRACE + [prog], {'STRACE_COLORS': 'syscall= 1;4'})
    check('%s STRACE_COLORS=syscall= 1;4' % who,
          [x for x in program_lines(out, '\x1b[1;4mclose') if 'EBADF' in x][:1],
          [esc(COLOUR.strip('\n').split('\n')[0].replace('<33>close', '<1;4>close'))])


def on_terminal(strc, prog, args, env):
    """What strc writes to a terminal (a pseudo-terminal) for the trace, TERM=xterm."""
    master, slave = pty.openpty()
    e = dict(os.environ, TERM='xterm')
    e.pop('NO_COLOR', None)
    e.update(env)
    p = subprocess.Popen([strc] + args + ['-e', 'trace=close', prog], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=slave, env=e)
    os.close(slave)
    data = b''
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:	# EIO: the terminal's other side is closed
            break
        if not chunk:
            break
        data += chunk
    os.close(master)
    p.wait(timeout=60)
    return data.decode('utf-8', 'replace')


def decision_checks(strc, prog):
    coloured = '\x1b[33mclose\x1b[0m(' in on_terminal(strc, prog, [], {})
    check('on a terminal, colour by default', [coloured], [True])
    for what, args, env in [('NO_COLOR=1', [], {'NO_COLOR': '1'}),
                            ('NO_COLOR set but empty', [], {'NO_COLOR': ''}),
                            ('TERM=dumb', [], {'TERM': 'dumb'}),
                            ('--color=never', ['--color=never'], {})]:
        out = on_terminal(strc, prog, args, env)
        check('on a terminal with %s, no colour' % what, ['\x1b' in out, 'close(' in out],
              [False, True])
    out = on_terminal(strc, prog, ['--color=always'], {'NO_COLOR': '1'})
    check('--color=always beats NO_COLOR', ['\x1b[33mclose' in out], [True])
    _, out = run(strc, ['-e', 'trace=close', prog])
    check('not a terminal: no colour', ['\x1b' in out, 'close(' in out], [False, True])
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'trace')
        on_terminal(strc, prog, ['-o', path], {})
        text = open(path).read()
        check('-o FILE on a terminal: the file has no colour', ['\x1b' in text, 'close(' in text],
              [False, True])
        run(strc, ['--color=always', '-o', path, '-e', 'trace=close', prog])
        check('--color=always -o FILE: the file has colour',
              ['\x1b[33mclose' in open(path).read()], [True])


def option_checks(strc, prog):
    for value in ['bad', '', 'yes']:
        code, out = run(strc, ['--color=' + value, prog])
        check('--color=%s refused' % value,
              [code, out.split('\n')[0]], [1, "strc: invalid --color argument: '%s'" % value])
    code, out = run(strc, ['--color=ALWAYS', '-e', 'trace=close', prog])
    check('--color=ALWAYS, any case', [code, '\x1b[33mclose' in out], [0, True])
    code, out = run(strc, ['--colour=always', prog])
    check('--colour is no option (strace 7.2 has none)',
          [code, 'unrecognized option' in out], [1, True])
    p = subprocess.run([strc, '--json', '--color=always', '-N', '-e', 'trace=openat', prog],
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    text = (p.stdout + p.stderr).decode('utf-8', 'replace')
    check('JSON carries no colour and no names', ['\x1b' in text, '"dirfd=' in text,
                                                  '"syscall":"openat"' in text],
          [False, False, True])


def report_checks(strc):
    fail = ['sh', '-c', 'cat /nonexistent/colour-report']
    _, out = run(strc, ['--report', '--color=always'] + fail)
    check('--report --color=always: the failure in red', ['\x1b[1;31mexited with 1' in out],
          [True])
    _, out = run(strc, ['--report', '--color=never'] + fail)
    check('--report --color=never: no colour', ['\x1b' in out, '=== strc report ===' in out],
          [False, True])
    _, out = run(strc, ['--report'] + fail)
    check('--report off a terminal: no colour', ['\x1b' in out], [False])


def reference_has_colour(ref):
    try:
        p = subprocess.run([ref, '--help'], capture_output=True, timeout=30)
    except OSError:
        return False
    return b'--color' in p.stdout


def main():
    strc, prog = sys.argv[1:3]
    trace_checks(strc, prog, 'strc')
    decision_checks(strc, prog)
    option_checks(strc, prog)
    report_checks(strc)
    ref = os.environ.get('STRC_REFERENCE_STRACE')
    if ref and reference_has_colour(ref):
        trace_checks(ref, prog, os.path.basename(ref))
    if failures:
        print('%d failed' % len(failures))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
