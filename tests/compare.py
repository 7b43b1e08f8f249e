#!/usr/bin/env python3
"""compare.py: run a command under strace and under strc, compare what the two print.

  compare.py --strc PATH [--min PCT] [--show N] [--frames exact|addresses]
             [--times shape] [--setup SHELL-COMMAND] [TRACER OPTIONS ...] -- COMMAND [ARGS ...]

Both tracers get the same options plus `-o FILE`. As root each run is made in new PID and IPC
namespaces with address randomisation off, so pids, addresses and SysV ids repeat; what still varies
between two runs (random bytes, times, the tracer's own stack address in the first execve)
is masked. With -f the lines are compared per process, unfinished/resumed pairs joined.

With -k, `--frames addresses` compares the stack frames' modules and offsets but not their
function names (strc names more where debug files are installed).

With `--times shape` the line prefixes of -t/-tt/-ttt/--timestamps, -r, -n and -i and the
-T suffix are compared by their shape: every digit (and hex digit of -i) becomes N, so the
widths, separators and fraction lengths must match but the values may differ.

With --setup, `sh -c SHELL-COMMAND` prepares each run's empty directory (files to compile,
a repository to commit to) before the tracer starts there; it is not traced.

Exit status: 0 when at least --min percent (default 100) of the lines are identical,
1 below that, 77 (skipped) when strace or the command is not installed, 2 when a tracer
could not run.
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

VARYING = [
    # a pseudo-terminal's number is the system's next free one: other tests hold some too
    (re.compile(r'((?:TIOCGPTN|0x80045430(?: /\* TIOCGPTN \*/)?), \[)\d+\]'), r'\1N]'),
    (re.compile(r'/dev/pts/\d+'), '/dev/pts/N'),
    # -y/-yy: the inode numbers of pipes and sockets are new on every run
    (re.compile(r'(<(?:pipe|socket|[A-Z][A-Za-z0-9_-]*):\[)\d+(?:->\d+)?(?=[\],])'), r'\1INODE'),
    (re.compile(r'(/#)\d+(>\(deleted\))'), r'\1INODE\2'),  # an O_TMPFILE file
    (re.compile(r'getrandom\((?:"(?:[^"\\]|\\.)*"(?:\.\.\.)?|0x[0-9a-f]+)'), 'getrandom(RANDOM'),
    (re.compile(r'\b(tv_sec|tv_nsec|tv_usec)=\d+'), r'\1=N'),
    (re.compile(r'\b(si_utime|si_stime)=\d+(?: /\* [^*]* \*/)?'), r'\1=N'),
    # CPU times and resource counts of a process: struct rusage, struct tms, times()
    (re.compile(r'\b(ru_\w+|tms_\w+)=\d+(?: /\* [^*]* \*/)?'), r'\1=N'),
    (re.compile(r'^(times\(.*\) += )\d+$'), r'\1N'),
    # gcc's temporary files get random names: /tmp/ccAbC123.s
    (re.compile(r'/tmp/cc[A-Za-z0-9]{6}\.'), '/tmp/ccXXXXXX.'),
    # and so do git's (mkstemp "tXXXXXX" in .git/, probing whether symlinks work)
    (re.compile(r'/\.git/t[A-Za-z0-9]{6}"'), '/.git/tXXXXXX"'),
    (re.compile(r'\b(st_[amc]time(?:_nsec)?)=\d+(?: /\* [^*]* \*/)?'), r'\1=N'),
    (re.compile(r'\b(stx_[abcm]time)=\{[^}]*\}(?: /\* [^*]* \*/)?'), r'\1={N}'),
    # mount ids count mounts system-wide: each run's new mount namespace takes fresh ones
    (re.compile(r'\bstx_mnt_id=0x[0-9a-f]+'), 'stx_mnt_id=N'),
    (re.compile(r'\b(f_bfree|f_bavail|f_ffree)=\d+'), r'\1=N'),
    # sysinfo reports the live system: uptime, load, free memory, the number of processes
    (re.compile(r'\b(uptime|freeram|sharedram|bufferram|freeswap|procs)=\d+'), r'\1=N'),
    (re.compile(r'\bloads=\[\d+, \d+, \d+\]'), 'loads=[N]'),
    # netlink: socket cookies and inodes count system-wide, route cache ages in jiffies,
    # ip(8) numbers its requests by time(NULL), loopback traffic counters
    (re.compile(r'\b(idiag_cookie|udiag_cookie)=\[\d+, \d+\]'), r'\1=[N]'),
    (re.compile(r'\b(idiag_inode|udiag_ino|rta_lastuse)=\d+'), r'\1=N'),
    (re.compile(r'\b(ndm_confirmed|ndm_used|ndm_updated)=\d+'), r'\1=N'),  # ages in jiffies
    (re.compile(r'\bnlmsg_seq=\d{9,}'), 'nlmsg_seq=N'),
    # autobound: the pid, or a random negative id when another namespace's process has it
    (re.compile(r'\b(nl_pid|nlmsg_pid)=(?:-\d+|[1-9]\d{0,2})\b'), r'\1=-N'),
    (re.compile(r'\b([rt]x_(?:packets|bytes))=\d+'), r'\1=N'),
    (re.compile(r' <\d+\.\d+>$'), ' <T>'),
    (re.compile(r'[ \t]+$'), ''),
    # bpf object ids count objects system-wide: each run's map gets a fresh one
    (re.compile(r'(info=\{type=[^,]*, id=)\d+'), r'\1N'),
    # and a program's load time (since boot, its date in a comment) is each run's own
    (re.compile(r'\bload_time=\d+(?: /\* [^*]* \*/)?'), 'load_time=N'),
    # the JIT's jmp/call rel32 (x86 e9/e8 and four bytes) reach a trampoline placed anew on
    # every load (kernel 6.18), so those four bytes differ between runs
    (re.compile(r'(jited_prog_insns="(?:\\x[0-9a-f]{2})*?\\xe[89])(?:\\x[0-9a-f]{2}){4}'),
     r'\1REL32'),
]
# Names newer than strace 6.1, which prints them as a number with a ??? comment; strc
# names them as current strace does. (where, the number, the name): strace's log is
# translated so that the case still compares whole lines.
NEWER_NAMES = [
    (r'bpf\(', '0x24', 'BPF_TOKEN_CREATE'),
    (r'bpf\(', '0x25', 'BPF_PROG_STREAM_READ_BY_FD'),
    (r'map_type=', '0x21', 'BPF_MAP_TYPE_ARENA'),
    (r'attach_type=', '0x38', 'BPF_TRACE_KPROBE_SESSION'),
    (r'attach_type=', '0x39', 'BPF_TRACE_UPROBE_SESSION'),
    (r'map_flags=', '0x2000', 'BPF_F_LINK'),
    (r'\bsize=(?:0x[0-9a-f]+ /\* PERF_ATTR_SIZE_\?\?\? \*/ => )?', '0x88', 'PERF_ATTR_SIZE_VER8'),    (r'(?:set_mempolicy|mbind)\((?:0x[0-9a-f]+, \d+, )?', '0x6', 'MPOL_WEIGHTED_INTERLEAVE'),
]
# Flag sets: strace 6.1 leaves the newer bit in the remainder.
NEWER_FLAGS = [
    ('PERF_SAMPLE_BRANCH_PRIV_SAVE|0xfffffffffff80000',
     'PERF_SAMPLE_BRANCH_PRIV_SAVE|PERF_SAMPLE_BRANCH_COUNTERS|0xfffffffffff00000'),    ('IORING_FEAT_LINKED_FILE|0x3e000',
     'IORING_FEAT_LINKED_FILE|IORING_FEAT_REG_REG_RING|IORING_FEAT_RECVSEND_BUNDLE|'
     'IORING_FEAT_MIN_TIMEOUT|IORING_FEAT_RW_ATTR|IORING_FEAT_NO_IOWAIT'),
]
# Netlink names newer than strace 6.1, which prints them as numbers: strc prints them as
# current strace does. Applied to strace's log only, so anything else still has to match.
# (value, name, how current strace prints the value: 'u32' or as the bytes 6.1 shows too)
NEWER_IFLA = [(0x3e, 'IFLA_DEVLINK_PORT', 'u32'), (0x3f, 'IFLA_GSO_IPV4_MAX_SIZE', 'u32'),
              (0x40, 'IFLA_GRO_IPV4_MAX_SIZE', 'u32'), (0x41, 'IFLA_DPLL_PIN', 'bytes'),
              (0x42, 'IFLA_MAX_PACING_OFFLOAD_HORIZON', 'bytes'),
              (0x43, 'IFLA_NETNS_IMMUTABLE', 'bytes')]
NEWER_INDEX = [(58, 'DEVCONF_ACCEPT_RA_MIN_LFT'), (59, 'DEVCONF_RA_HONOR_PIO_LIFE'),
               (60, 'DEVCONF_RA_HONOR_PIO_PFLAG'), (61, 'DEVCONF_FORCE_FORWARDING'),
               (6, 'ICMP6_MIB_RATELIMITHOST')]
newer_style = 'abbrev'
# NLA_F_NESTED| in each -X style
NLA_FLAGS = r'(?:NLA_F_\w+\||0x[48]000(?: /\* NLA_F_\w+ \*/)?\|)*'


def newer_rules(style):
    """(pattern, replacement) pairs turning strace 6.1's form into current strace's"""
    rules = []
    for value, name, kind in NEWER_IFLA:
        old = r'nla_type=(%s)%#x' % (NLA_FLAGS, value)
        if style != 'raw':
            old += r' /\* IFLA_\?\?\? \*/'
        now = {'raw': '%#x' % value, 'verbose': '%#x /* %s */' % (value, name),
               'abbrev': name}[style]
        rules.append((re.compile(old + r'\}'), r'nla_type=\g<1>' + now + '}'))
        if kind == 'u32':
            rules.append((re.compile(r'(nla_type=' + NLA_FLAGS + re.escape(now) +
                                     r'\}, )"((?:\\x[0-9a-f]{2}){4})"'),
                          lambda m: '%s%d' % (m.group(1), int.from_bytes(bytes.fromhex(
                              m.group(2).replace('\\x', '')), 'little'))))
    if style != 'raw':
        for value, name in NEWER_INDEX:
            prefix = name.rsplit('_', 1)[0] if name.startswith('ICMP6') else 'DEVCONF'
            rules.append((re.compile(r'\[%d /\* %s_\?\?\? \*/\]' % (value, prefix)),
                          '[%s]' % name if style == 'abbrev' else '[%d /* %s */]' % (value, name)))
    return rules


def as_current_strace(text):
    """strace 6.1's log with every name it is too old for as current strace prints it"""
    text = newer_names(text, newer_style == 'verbose')
    for pattern, repl in newer_rules(newer_style):
        text = pattern.sub(repl, text)
    return text


# The first execve's environment pointer lives on the tracer's own stack.
FIRST_EXECVE_ENV = re.compile(r'^(execve\(.*\], )0x[0-9a-f]+( /\* \d+ vars? \*/\))')
PID_PREFIX = re.compile(r'^(\d+)(?:<[^>]*>)? +(.*)$')  # -Y adds <comm>
UNFINISHED = re.compile(r'^(.*) <unfinished \.\.\.>$')
RESUMED = re.compile(r'^<\.\.\. [\w.]+ resumed>(.*)$')
PADDING = re.compile(r' +(= .*)$')
# The prefixes strace prints before a line, in its order: absolute time, relative time
# (in parentheses after an absolute one), syscall number, instruction pointer.
TIME_PREFIX = re.compile(r'^(?:\d\d:\d\d:\d\d(?:\.\d+)? |\d+(?:\.\d+)? )?'
                         r'(?:\(\+ *\d+(?:\.\d+)?\) | *\d+(?:\.\d+)? )?'
                         r'(?:\[ {0,3}\d{1,4}\] )?(?:\[[0-9a-f?]{8,16}\] )?')
TIME_SUFFIX = re.compile(r' <\d+(?:\.\d+)?>$')
times_shape = False
FRAME_NAME = re.compile(r'^( > [^(]*)\([^)]+\)( \[0x[0-9a-f]+\])$')


# clone3's parent_tid read back at its return: a CLONE_CHILD_CLEARTID thread that shares
# the word may already have ended and zeroed it, as the scheduler has it (strace too)
CLEARED_TID = re.compile(r'(=> \{parent_tid=\[)(\d+)(\]\}, \d+\) += )(\d+)$')


def cleared_tid(m):
    if m.group(2) in ('0', m.group(4)):
        return m.group(1) + 'TID' + m.group(3) + m.group(4)
    return m.group(0)


def mask(line):
    for pattern, repl in VARYING:
        line = pattern.sub(repl, line)
    line = CLEARED_TID.sub(cleared_tid, line)
    return line


def newer_names(text, verbose):
    """NEWER_NAMES and NEWER_FLAGS applied to strace 6.1's log"""
    for where, number, name in NEWER_NAMES:
        pattern = '(%s)%s /\\* [A-Z_0-9]*\\?\\?\\? \\*/' % (where, number)
        repl = '%s /* %s */' % (number, name) if verbose else name
        text = re.sub(pattern, lambda m: m.group(1) + repl, text)
    for old, new in NEWER_FLAGS:
        text = text.replace(old, new)
    return text


def shape(text):
    return re.sub(r'[0-9a-f]', 'N', text)


def split_times(line):
    """(the line's timing prefix with its digits masked, the rest of the line)"""
    if not times_shape:
        return '', line
    m = TIME_PREFIX.match(line)
    rest = TIME_SUFFIX.sub(lambda s: shape(s.group(0)), line[m.end():])
    return shape(m.group(0)), rest


def per_process(text, follow, frame_names=True):
    """{pid or '': [lines]} with unfinished/resumed pairs joined."""
    streams, pending, first, last_key = {}, {}, True, ''
    for raw in text.splitlines():
        if not frame_names:
            raw = FRAME_NAME.sub(r'\1(SYM)\2', raw)
        key, line = '', raw
        if follow:
            m = PID_PREFIX.match(raw)
            if m:
                key, line = m.group(1), m.group(2)
            elif raw.startswith(' > '):
                key = last_key  # -k frames belong to the line before them
            last_key = key
        pre, line = split_times(line)
        if first:
            line = FIRST_EXECVE_ENV.sub(r'\1ENV\2', line)
            first = False
        u = UNFINISHED.match(line)
        if u:
            pending[key] = pre + u.group(1)
            continue
        r = RESUMED.match(line)
        if r and key in pending:
            line = pending.pop(key) + r.group(1)
        else:
            line = pre + line
        line = mask(line)
        if follow:
            line = PADDING.sub(r' \1', line)
        streams.setdefault(key, []).append(line)
    for key, head in pending.items():
        streams.setdefault(key, []).append(mask(head + ' <unfinished ...>'))
    for lines in streams.values():
        sigchld_first(lines)
    return streams


WAIT_CALL = re.compile(r'(?:^|\s)(?:wait4|waitid)\(.*\) += \d+$')


def sigchld_first(lines):
    """A child's SIGCHLD lands just before its parent's wait returns or just after, as the
    scheduler has it (under strace too): put it before the wait, in place."""
    for i in range(1, len(lines)):
        if '--- SIGCHLD ' in lines[i] and WAIT_CALL.search(lines[i - 1]):
            lines[i - 1], lines[i] = lines[i], lines[i - 1]


def isolated():
    if os.geteuid() != 0 or not shutil.which('unshare') or not shutil.which('setarch'):
        return []
    # an IPC namespace too: SysV keys and ids are machine-wide, and cases running at once
    # (fam_ipc under several options, other checkouts' suites) met on the same keys
    unshare = ['unshare', '-pf', '--ipc', '--mount-proc']
    probe = subprocess.run(unshare + ['true'], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    if probe.returncode != 0:
        return []
    return unshare + ['setarch', os.uname().machine, '-R']


def run(tracer, opts, command, log, wrap, workdir):
    argv = wrap + [tracer, '-o', log] + opts + ['--'] + command
    # the same path in both runs: with -y it shows as the command's standard output
    with open(os.path.join(os.path.dirname(log), 'command.out'), 'wb') as sink:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=sink,
                           stderr=subprocess.PIPE, cwd=workdir, timeout=120)
    if not os.path.exists(log):
        sys.stderr.write('compare: %s wrote no log: %s\n' % (tracer, p.stderr.decode(errors='replace')))
        return None
    return p.returncode


def const_style(opts):
    """-X raw, -X verbose or the default, as the tracers are told"""
    for i, o in enumerate(opts):
        for prefix in ('-X', '--const-print-style='):
            if o.startswith(prefix):
                value = o[len(prefix):] or (opts[i + 1] if i + 1 < len(opts) else '')
                if value in ('raw', 'verbose', 'abbrev'):
                    return value
    return 'abbrev'


def main():
    # Our own options come first; the tracer's options run from the first word that is
    # not ours up to "--", the command after it.
    argv = sys.argv[1:]
    if '--' not in argv:
        sys.stderr.write(__doc__)
        return 2
    split = argv.index('--')
    head, command = argv[:split], argv[split + 1:]
    ours = {'--strc': None, '--strace': shutil.which('strace'), '--min': '100',
            '--show': '40', '--cwd': None, '--frames': 'exact', '--times': None,
            '--setup': None}
    while head and head[0] in ours and len(head) > 1:
        ours[head[0]] = head[1]
        head = head[2:]
    opts = head
    global times_shape
    global newer_style
    newer_style = const_style(opts)
    times_shape = ours['--times'] == 'shape'
    if not ours['--strc'] or not command:
        sys.stderr.write(__doc__)
        return 2
    args = argparse.Namespace(strc=ours['--strc'], strace=ours['--strace'],
                              min=float(ours['--min']), show=int(ours['--show']),
                              cwd=ours['--cwd'])
    if not args.strace:
        print('compare: strace is not installed; skipped')
        return SKIP
    # A real command this machine lacks (wget, tclsh, ...) is skipped, not failed.
    if '/' not in command[0] and not shutil.which(command[0]):
        print('compare: %s is not installed; skipped' % command[0])
        return SKIP
    follow = any(o in ('-f', '-ff') or (o.startswith('-') and not o.startswith('--')
                                         and 'f' in o[1:] and not o.startswith('-e'))
                 for o in opts)
    wrap = isolated()
    with tempfile.TemporaryDirectory(prefix='strc-compare-') as tmp:
        logs = {}
        codes = {}
        for name, tracer in (('strace', args.strace), ('strc', os.path.abspath(args.strc))):
            # Each tracer runs the command in the same, empty directory: what the first run
            # created (files, directories) must not change what the second one sees.
            work = args.cwd or os.path.join(tmp, 'work')
            if not args.cwd:
                shutil.rmtree(work, ignore_errors=True)
                os.mkdir(work)
            if ours['--setup'] and subprocess.run(['sh', '-c', ours['--setup']],
                                                  cwd=work).returncode != 0:
                sys.stderr.write('compare: the setup failed: %s\n' % ours['--setup'])
                return 2
            log = os.path.join(tmp, name + '.log')
            codes[name] = run(tracer, opts, command, log, wrap, work)
            if codes[name] is None:
                return 2
            with open(log, errors='replace') as f:
                logs[name] = f.read()
    if not logs['strace'].strip() and not logs['strc'].strip():
        # a command that could not start (a relative path run in the empty directory)
        print('compare: neither tracer printed a line: did the command run?')
        return 1
    names = ours['--frames'] != 'addresses'
    want = per_process(as_current_strace(logs['strace']), follow, names)
    got = per_process(logs['strc'], follow, names)
    total = same = 0
    shown = 0
    for key in sorted(set(want) | set(got), key=lambda k: (len(k), k)):
        a, b = want.get(key, []), got.get(key, [])
        total += max(len(a), len(b))
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == 'equal':
                same += i2 - i1
                continue
            for line in a[i1:i2]:
                if shown < args.show:
                    print('-%s %s' % (key, line) if key else '- ' + line)
                    shown += 1
            for line in b[j1:j2]:
                if shown < args.show:
                    print('+%s %s' % (key, line) if key else '+ ' + line)
                    shown += 1
    if codes['strace'] != codes['strc']:
        print('compare: exit status differs: strace %s, strc %s' % (codes['strace'], codes['strc']))
        total += 1
    pct = 100.0 * same / total if total else 100.0
    print('compare: %d/%d lines identical (%.1f%%)' % (same, total, pct))
    return 0 if pct >= args.min else 1


if __name__ == '__main__':
    sys.exit(main())
