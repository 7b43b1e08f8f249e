#!/usr/bin/env python3
"""compare.py: run a command under strace and under strc, compare what the two print.

  compare.py --strc PATH [--min PCT] [--show N] [--frames exact|addresses]
             [--times shape] [--setup SHELL-COMMAND] [--layouts] [TRACER OPTIONS ...]
             -- COMMAND [ARGS ...]

Both tracers get the same options plus `-o FILE`. As root each run is made in new PID and IPC
namespaces with address randomisation off, so pids, addresses and SysV ids repeat; what still varies
between two runs (random bytes, times, the tracer's own stack address in the first execve)
is masked. With -f the lines are compared per process, unfinished/resumed pairs joined.

With -k, `--frames addresses` compares the stack frames' modules and offsets but, against
strace 6.1, not their function names: 6.1 names them through libunwind (the nearest exported
symbol below), strc and strace 7.x as libdw does, so against 7.x the names are compared too.

With `--times shape` the line prefixes of -t/-tt/-ttt/--timestamps, -r, -n and -i and the
-T suffix are compared by their shape: every digit (and hex digit of -i) becomes N, so the
widths, separators and fraction lengths must match but the values may differ.

The reference is `strace` on PATH; --strace PATH or the environment variable
STRC_REFERENCE_STRACE names another binary (strace 7.2, the project's reference). strace 6.1's
log is first translated to 7.2's spelling (as_current_strace: each rule one known change of
spelling); a 7.x log is compared as it is, so real parity is checked wherever 7.2 is at hand.

With --layouts the command's lines hold 32-bit structures: a reference strace built without
their layouts (no mpers; it warns "Proper structure decoding for this personality is not
supported") prints them as 64-bit ones, so against such a strace the case is skipped.

With --setup, `sh -c SHELL-COMMAND` prepares each run's empty directory (files to compile,
a repository to commit to) before the tracer starts there; it is not traced.

Exit status: 0 when at least --min percent (default 100) of the lines are identical,
1 below that, 77 (skipped) when strace or the command is not installed, 2 when a tracer
could not run.
"""
import argparse
import difflib
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile

import newer_btrfs
import newer_families

SKIP = 77
pids_named = False  # -Y: set from the options in main()
ioctl_dumps = False  # -v: undecoded ioctl arguments hex-dumped (7.2)
stacks = False  # -k: 6.1's frames spelled as 7.2's libdw frames

VARYING = [
    # a thread's rseq area may be memory glibc reused from an ended thread, whose concurrency
    # id the kernel had written there: at registration it holds whatever that thread left
    (re.compile(r'(\brseq\(\{.*\bmm_cid=)\d+'), r'\1N'),
    # a pseudo-terminal's number is the system's next free one: other tests hold some too
    (re.compile(r'((?:TIOCGPTN|0x80045430(?: /\* TIOCGPTN \*/)?), \[)\d+\]'), r'\1N]'),
    (re.compile(r'/dev/pts/\d+'), '/dev/pts/N'),
    # SysV IPC usage counts change whenever anything on the machine uses IPC
    (re.compile(r'(SEM_INFO(?: \*/)?, \{.*semusz=)\d+(, semvmx=\d+, semaem=)\d+'), r'\1N\2N'),
    (re.compile(r'(MSG_INFO(?: \*/)?, \{msgpool=)\d+(, msgmap=)\d+(.*msgtql=)\d+'), r'\1N\2N\3N'),
    (re.compile(r'(SHM_INFO(?: \*/)?, \{)[^}]*'), r'\1N'),
    # the peer's pid (the tracee's own: not the same in the two runs) and the socket cookie
    (re.compile(r'(SO_PEERCRED(?: \*/)?, \{pid=)(?:\d+|"(?:\\x[0-9a-f]{2})+")'), r'\1N'),
    (re.compile(r'(SO_COOKIE(?: \*/)?, (?:optval=)?)"(?:[^"\\]|\\.)*"'), r'\1COOKIE'),
    # -y/-yy: the inode numbers of pipes and sockets are new on every run
    (re.compile(r'(<(?:pipe|socket|[A-Z][A-Za-z0-9_-]*):\[)\d+(?:->\d+)?(?=[\],])'), r'\1INODE'),
    (re.compile(r'(/#)\d+(>\(deleted\))'), r'\1INODE\2'),  # an O_TMPFILE file
    # -v: FS_IOC_GETVERSION's dump holds the file's generation, random on every new file
    (re.compile(r'((?:FS_IOC_GETVERSION|0x80087601(?: /\* FS_IOC_GETVERSION \*/)?), )'
                r'"(?:\\x[0-9a-f]{2})*"'), r'\1"GENERATION"'),
    # -yy: an eventfd's id is the system's next free one: other processes hold some too
    (re.compile(r'\beventfd-id=\d+'), 'eventfd-id=N'),
    (re.compile(r'getrandom\((?:"(?:[^"\\]|\\.)*"(?:\.\.\.)?|0x[0-9a-f]+)'), 'getrandom(RANDOM'),
    (re.compile(r'\b(tv_sec|tv_nsec|tv_usec)=\d+'), r'\1=N'),
    (re.compile(r'\b(si_utime|si_stime)=\d+(?: /\* [^*]* \*/)?'), r'\1=N'),
    # CPU times and resource counts of a process: struct rusage, struct tms, times()
    (re.compile(r'\b(ru_\w+|tms_\w+)=\d+(?: /\* [^*]* \*/)?'), r'\1=N'),
    (re.compile(r'^(times\(.*\) += )\d+$'), r'\1N'),
    # time(): the clock's seconds, stored and returned
    (re.compile(r'^time\(\[\d+(?: /\* [^*]* \*/)?\]'), 'time([N]'),
    (re.compile(r'^(time\(.*\) += )\d+(?: \([^)]*\))?$'), r'\1N'),
    # /tmp's size (cc stats it) grows with whatever the rest of the machine puts there
    (re.compile(r'("/tmp", \{st_mode=S_IFDIR\|[^,]*, st_size=)\d+'), r'\1N'),
    # gcc's temporary files get random names: /tmp/ccAbC123.s
    (re.compile(r'/tmp/cc[A-Za-z0-9]{6}\.'), '/tmp/ccXXXXXX.'),
    # and so do git's (mkstemp "tXXXXXX" in .git/, probing whether symlinks work)
    (re.compile(r'/\.git/t[A-Za-z0-9]{6}"'), '/.git/tXXXXXX"'),
    (re.compile(r'\b(st_[amc]time(?:_nsec)?)=\d+(?: /\* [^*]* \*/)?'), r'\1=N'),
    (re.compile(r'\b(stx_[abcm]time)=\{[^}]*\}(?: /\* [^*]* \*/)?'), r'\1={N}'),
    # mount ids count mounts system-wide: each run's new mount namespace takes fresh ones
    (re.compile(r'\bstx_mnt_id=0x[0-9a-f]+'), 'stx_mnt_id=N'),
    (re.compile(r'\b(f_bfree|f_bavail|f_ffree)=\d+'), r'\1=N'),
    # SysV IPC objects' times: the second the run created or used them
    (re.compile(r'\b((?:sem|msg|shm)_[acdors]time)=\d+'), r'\1=N'),
    # sysinfo reports the live system: uptime, load, free memory, the number of processes
    (re.compile(r'\b(uptime|freeram|sharedram|bufferram|freeswap|procs)=\d+'), r'\1=N'),
    (re.compile(r'\bloads=\[\d+, \d+, \d+\]'), 'loads=[N]'),
    # netlink: socket cookies and inodes count system-wide, route cache ages in jiffies,
    # ip(8) numbers its requests by time(NULL), loopback traffic counters
    (re.compile(r'\b(idiag_cookie|udiag_cookie|pdiag_cookie)=\[\d+, \d+\]'), r'\1=[N]'),
    # rta_clntref: the route cache entry's users right now, other tests' sockets among them
    (re.compile(r'\b(idiag_inode|udiag_ino|pdiag_ino|rta_lastuse|rta_clntref)=\d+'), r'\1=N'),
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
    (r'\bsize=(?:0x[0-9a-f]+ /\* PERF_ATTR_SIZE_\?\?\? \*/ => )?', '0x88', 'PERF_ATTR_SIZE_VER8'),
    (r'\bsize=', '0x90', 'PERF_ATTR_SIZE_VER9'),
    (r'\bp(?:read|write)v2\(.*, ', '0x20', 'RWF_NOAPPEND'),
    (r'\bp(?:read|write)v2\(.*, ', '0x40', 'RWF_ATOMIC'),
    (r'\bp(?:read|write)v2\(.*, ', '0x80', 'RWF_DONTCACHE'),
    (r'\bp(?:read|write)v2\(.*, ', '0x100', 'RWF_NOSIGNAL'),
    (r'\bmembarrier\(', '0x200', 'MEMBARRIER_CMD_GET_REGISTRATIONS'),
    (r'\bfsmount\(-?\d+, ', '0x2', 'FSMOUNT_NAMESPACE'),
    (r'(?:set_mempolicy|mbind)\((?:0x[0-9a-f]+, \d+, )?', '0x6', 'MPOL_WEIGHTED_INTERLEAVE'),
    (r'BTRFS_IOC_QUOTA_CTL(?: \*/)?, \{cmd=', '0x4', 'BTRFS_QUOTA_CTL_ENABLE_SIMPLE_QUOTA'),
]
# prctl options newer than strace 6.1 (the options whose arguments 7.2 decodes too are
# translated by prctl_newer below).
NEWER_NAMES += [(r'prctl\(', '%#x' % value, name) for value, name in [
    (0x42, 'PR_GET_MDWE'), (0x43, 'PR_SET_MEMORY_MERGE'), (0x44, 'PR_GET_MEMORY_MERGE'),
    (0x46, 'PR_RISCV_V_GET_CONTROL'), (0x47, 'PR_RISCV_SET_ICACHE_FLUSH_CTX'),
    (0x48, 'PR_PPC_GET_DEXCR'), (0x49, 'PR_PPC_SET_DEXCR'),
    (0x4a, 'PR_GET_SHADOW_STACK_STATUS'), (0x4b, 'PR_SET_SHADOW_STACK_STATUS'),
    (0x4c, 'PR_LOCK_SHADOW_STACK_STATUS'), (0x4d, 'PR_TIMER_CREATE_RESTORE_IDS'),
    (0x4e, 'PR_FUTEX_HASH'), (0x41555856, 'PR_GET_AUXV')]]
# Socket options newer than strace 6.1.
NEWER_NAMES += [(r'SOL_SOCKET(?: \*/)?, ', '0x4c', 'SO_PASSPIDFD'),
                (r'SOL_SOCKET(?: \*/)?, ', '0x4d', 'SO_PEERPIDFD'),
                (r'SOL_IP(?: \*/)?, ', '0x33', 'IP_LOCAL_PORT_RANGE'),
                (r'SOL_IP(?: \*/)?, ', '0x34', 'IP_PROTOCOL')]
# Flag sets: strace 6.1 leaves the newer bit in the remainder.
NEWER_FLAGS = [
    ('MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|0x200',
     'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|MEMBARRIER_CMD_GET_REGISTRATIONS'),
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
              (0x43, 'IFLA_NETNS_IMMUTABLE', 'u8'), (0x44, 'IFLA_HEADROOM', 'u16'),
              (0x45, 'IFLA_TAILROOM', 'u16')]
IFLA_WIDTH = {'u8': 1, 'u16': 2, 'u32': 4}
NEWER_INDEX = [(58, 'DEVCONF_ACCEPT_RA_MIN_LFT'), (59, 'DEVCONF_FORCE_FORWARDING')]
newer_style = 'abbrev'
# NLA_F_NESTED| in each -X style
NLA_FLAGS = r'(?:NLA_F_\w+\||0x[48]000(?: /\* NLA_F_\w+ \*/)?\|)*'


def mdwe_names(value):
    """PR_SET_MDWE's first argument as current strace names its bits"""
    names = [n for bit, n in [(1, 'PR_MDWE_REFUSE_EXEC_GAIN'), (2, 'PR_MDWE_NO_INHERIT')]
             if value & bit]
    if value & ~3 or not names:
        names.append('%#x' % (value & ~3))
    return '|'.join(names)


def riscv_v_names(value):
    """PR_RISCV_V_SET_CONTROL's argument as current strace spells its three fields"""
    names = ['DEFAULT', 'OFF', 'ON', '???']
    return ('PR_RISCV_V_VSTATE_CTRL_%s|PR_RISCV_V_VSTATE_CTRL_%s<<2|%sPR_RISCV_V_VSTATE_CTRL_INHERIT'
            % (names[value & 3], names[(value >> 2) & 3], '' if value & 0x10 else '!'))


def prctl_newer(style):
    """prctl options strace 6.1 prints as numbers with all four arguments raw, and
    PR_SCHED_CORE's cookie, which 6.1 prints as a pointer and current strace as a number"""
    def styled(value, option, names):
        if style == 'raw':
            return '%#x, %#x' % (option, value)
        if style == 'verbose':
            return '%#x /* %s */, %#x /* %s */' % (option, OPTIONS[option], value, names(value))
        return '%s, %s' % (OPTIONS[option], names(value))
    OPTIONS = {0x41: 'PR_SET_MDWE', 0x45: 'PR_RISCV_V_SET_CONTROL'}
    unknown = '' if style == 'raw' else r' /\* PR_\?\?\? \*/'
    return [
        (re.compile(r'prctl\(0x41%s, 0x([0-9a-f]+), ' % unknown),
         lambda m: 'prctl(%s, ' % styled(int(m.group(1), 16), 0x41, mdwe_names)),
        (re.compile(r'prctl\(0x45%s, 0x([0-9a-f]+), 0, 0, 0\)' % unknown),
         lambda m: 'prctl(%s)' % styled(int(m.group(1), 16), 0x45, riscv_v_names)),
        (re.compile(r'^(prctl\((?:PR_SCHED_CORE|0x3e)\b.*, )NULL\)', re.M), r'\g<1>0)'),
    ]


C_ESCAPES = {'n': 10, 't': 9, 'v': 11, 'f': 12, 'r': 13, '"': 34, '\\': 92}


def as_hex_string(m):
    """a quoted string as strace prints it with every byte in hex ("\\5\\0" -> "\\x05\\x00")"""
    out = []
    for esc, char in re.findall(r'\\([0-7]{1,3}|.)|(.)', m.group(2)):
        if not esc:
            out.append(ord(char))
        elif esc[0] in '01234567':
            out.append(int(esc, 8))
        else:
            out.append(C_ESCAPES[esc])
    return m.group(1) + '"' + ''.join('\\x%02x' % b for b in out) + '"'


# IP_PROTOCOL's value: 6.1 does not know the option and prints the int as a number.
IPPROTOS = {0: 'IPPROTO_IP', 1: 'IPPROTO_ICMP', 6: 'IPPROTO_TCP', 17: 'IPPROTO_UDP',
            255: 'IPPROTO_RAW'}


def sockopt_newer(style):
    """SO_PEERPIDFD and IP_PROTOCOL as current strace prints their values"""
    def proto(m):
        value = int(m.group(2))
        name = IPPROTOS.get(value)
        if style == 'raw' or not name:
            return m.group(0)
        return m.group(1) + (('%#x' % value if value else '0') + ' /* %s */' % name if style == 'verbose' else name) + ']'
    opts = r'(?:SO_PEERPIDFD|IP_PROTOCOL|0x4d(?: /\* SO_PEERPIDFD \*/)?|0x34(?: /\* IP_PROTOCOL \*/)?)'
    return [
        (re.compile(r'(getsockopt\([^,]*, [^,]+, %s, )"((?:[^"\\]|\\.)*)"' % opts), as_hex_string),
        (re.compile(r'(getsockopt\([^,]*, [^,]+, (?:IP_PROTOCOL|0x34 /\* IP_PROTOCOL \*/), \[)(\d+)\]'),
         proto),
    ]


# Attributes newer than 6.1 holding a u32 constant: (type, the set's prefix, name, values)
NEWER_CONST_ATTRS = [(0x32, 'IFLA_BR', 'IFLA_BR_STP_MODE',
                      ['BR_STP_MODE_AUTO', 'BR_STP_MODE_USER', 'BR_STP_MODE_KERNEL'])]


def newer_const_attrs(style):
    """6.1's unnamed type and hex bytes as 7.2's attribute name and constant"""
    rules = []
    for value, prefix, name, consts in NEWER_CONST_ATTRS:
        if style == 'raw':
            continue
        now = name if style == 'abbrev' else '%#x /* %s */' % (value, name)

        def const(m, consts=consts, now=now):
            v = int.from_bytes(bytes.fromhex(m.group(2).replace('\\x', '')), 'little')
            text = consts[v] if v < len(consts) else None
            if text is None:
                shown = '%#x /* %s_??? */' % (v, consts[0].rsplit('_', 1)[0])
            elif style == 'abbrev':
                shown = text
            else:
                shown = '%s /* %s */' % ('%#x' % v if v else '0', text)
            return 'nla_type=%s%s}, %s' % (m.group(1), now, shown)
        rules.append((re.compile(r'nla_type=(%s)%#x /\* %s_\?\?\? \*/\}, "((?:\\x[0-9a-f]{2}){4})"'
                                 % (NLA_FLAGS, value, prefix)), const))
    return rules


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
        if kind in IFLA_WIDTH:
            rules.append((re.compile(r'(nla_type=' + NLA_FLAGS + re.escape(now) +
                                     r'\}, )"((?:\\x[0-9a-f]{2}){%d})"' % IFLA_WIDTH[kind]),
                          lambda m: '%s%d' % (m.group(1), int.from_bytes(bytes.fromhex(
                              m.group(2).replace('\\x', '')), 'little'))))
    rules += newer_const_attrs(style)
    rules += prctl_newer(style)
    rules += sockopt_newer(style)
    if style != 'raw':
        for value, name in NEWER_INDEX:
            prefix = name.rsplit('_', 1)[0] if name.startswith('ICMP6') else 'DEVCONF'
            rules.append((re.compile(r'\[%d /\* %s_\?\?\? \*/\]' % (value, prefix)),
                          '[%s]' % name if style == 'abbrev' else '[%d /* %s */]' % (value, name)))
    return rules


# glibc registers its rseq area at start (32 bytes, signature 0x53053053) before any field
# is set but cpu_id: strace 6.1 prints the address, 7.2 the structure, whose content at that
# call is therefore known.
GLIBC_RSEQ = re.compile(r'\brseq\((0x[0-9a-f]+), 0x20, 0, 0x53053053(\)| <unfinished \.\.\.>$)')
raw_calls = False  # -e raw= given: glibc's rseq is left as it is
verbose_run = False  # -v or -e abbrev=none: structures in full
structs_shown = True  # false under -e verbose=none: then 7.2 prints the address too
RSEQ_UNINITIALIZED = {'abbrev': 'RSEQ_CPU_ID_UNINITIALIZED', 'raw': '-1',
                      'verbose': '-1 /* RSEQ_CPU_ID_UNINITIALIZED */'}


def glibc_rseq(style, addr):
    if not structs_shown:
        return 'rseq(%s, 32, 0, 0x53053053)' % addr
    return ('rseq({cpu_id_start=0, cpu_id=%s, rseq_cs=NULL, flags=0, node_id=0, mm_cid=0, '
            'slice_ctrl={request=0, granted=0, __reserved=0}, __reserved=0}, 32, 0, 0x53053053)'
            % RSEQ_UNINITIALIZED[style])


# strace 7.2 names a terminal request made on a terminal by its terminal name alone; 6.1
# names the sound request that shares its code too. The log does not say what a descriptor
# is (-yy: </dev/pts/0<char 136:0>>), but a terminal request that did not fail with ENOTTY
# was made on a terminal.
TTY_ALT_NAME = re.compile(r'^(.*\bioctl\(\d+(?:<(?:[^<>]|<[^<>]*>)*>)?, (?:0x540[234] /\* )?)'
                          r'SNDCTL_TMR_(?:START|STOP|CONTINUE) or (TCSETS[WF]?\b)(?!.* ENOTTY )(.*)$',
                          re.M)


# epoll_event's data: strace 6.1 prints the union's two views, 7.2 the 64-bit one in hex
EPOLL_DATA = re.compile(r'\bdata=\{u32=\d+, u64=(\d+)\}')


def epoll_data(m):
    value = int(m.group(1))
    return 'data=%s' % (hex(value) if value else '0')


# sendfile's offset: 6.1 prints [2] => [6] and a negative one signed, 7.2 [2 => 6], unsigned
SENDFILE_OFFSET = re.compile(r'^(.*\bsendfile(?:64)?\((?:[^,]*, ){2})\[(-?\d+)\](?: => \[(-?\d+)\])?')


def sendfile_offset(line):
    def unsigned(v):
        return str(int(v) % (1 << 64))
    m = SENDFILE_OFFSET.match(line)
    if not m:
        return line
    after = ' => ' + unsigned(m.group(3)) if m.group(3) else ''
    return '%s[%s%s]%s' % (m.group(1), unsigned(m.group(2)), after, line[m.end():])


# The scheduler calls: 6.1 prints sched_param as [N], sched_getscheduler's policy in
# decimal (and SCHED_RESET_ON_FORK not at all), sched_setattr's and sched_getattr's flags
# as numbers; 7.2 {sched_priority=N}, the policy in hex with its names, the flags in hex
# and by name.
SCHED_POLICIES = {0: 'SCHED_OTHER', 1: 'SCHED_FIFO', 2: 'SCHED_RR', 3: 'SCHED_BATCH',
                  4: 'SCHED_ISO', 5: 'SCHED_IDLE', 6: 'SCHED_DEADLINE'}
RESET_ON_FORK = 0x40000000
SCHED_PARAM = re.compile(r'(\bsched_(?:setscheduler|getparam|setparam)\(.*, )\[(-?\d+)\]\)')
RESET_POLICY = re.compile(r'(\bsched_setscheduler\(-?\d+, )(0x4[0-9a-f]{7})(?: /\* SCHED_\?\?\? \*/)?,')
GETSCHEDULER = re.compile(r'(\bsched_getscheduler\(-?\d+\) += )(\d+)(?: \(SCHED_\w+\))?$')
SETATTR_FLAGS = re.compile(r'(\bsched_setattr\(-?\d+, (?:\{.*\}|0x[0-9a-f]+|NULL), )(\d+)(\) += )')
GETATTR_FLAGS = re.compile(r'(\bsched_getattr\(.*, \d+, )(\d+)(\) += )')


def sched_policy_names(value):
    policy = SCHED_POLICIES.get(value & ~RESET_ON_FORK)
    if policy is None:
        return None
    return ('SCHED_RESET_ON_FORK|' if value & RESET_ON_FORK else '') + policy


def styled(value, names):
    """a value with names in the -X style of the run"""
    number = hex(value) if value else '0'
    if newer_style == 'raw':
        return number
    if newer_style == 'verbose':
        return '%s /* %s */' % (number, names)
    return names


def getattr_flags(value):
    if not value:
        return '0'
    names = ['SCHED_GETATTR_FLAG_DL_DYNAMIC'] if value & 1 else []
    if value & ~1:
        names.append(hex(value & ~1))
    if not value & 1 and newer_style != 'raw':
        return '%s /* SCHED_GETATTR_FLAG_??? */' % hex(value)
    return styled(value, '|'.join(names))


def sched_calls(line):
    line = SCHED_PARAM.sub(r'\1{sched_priority=\2})', line)
    m = RESET_POLICY.search(line)
    if m and sched_policy_names(int(m.group(2), 16)):
        value = int(m.group(2), 16)
        line = line[:m.start()] + m.group(1) + styled(value, sched_policy_names(value)) + \
            ',' + line[m.end():]
    m = GETSCHEDULER.search(line)
    if m and sched_policy_names(int(m.group(2))):
        value = int(m.group(2))
        line = '%s%s%s (%s)' % (line[:m.start()], m.group(1), hex(value) if value else '0',
                                sched_policy_names(value))
    line = SETATTR_FLAGS.sub(lambda m: m.group(1) + (hex(int(m.group(2))) if int(m.group(2))
                                                     else '0') + m.group(3), line)
    line = GETATTR_FLAGS.sub(lambda m: m.group(1) + getattr_flags(int(m.group(2))) +
                             m.group(3), line)
    return line


# The comment after an unknown value: 7.2 names the set more exactly than 6.1 did.
# (the call, 6.1's comment, 7.2's), for the call's last argument only.
# (the call, 6.1's comment, 7.2's, the argument: 'first' or 'last')
UNKNOWN_TEXT = [('seccomp', 'SECCOMP_SET_MODE_???', 'SECCOMP_???', 'first'),
                ('renameat2', 'RENAME_??', 'RENAME_???', 'last'),
                ('get_mempolicy', 'MPOL_???', 'MPOL_F_???', 'last'),
                ('mbind', 'MPOL_???', 'MPOL_MF_???', 'last'),
                ('move_pages', 'MPOL_???', 'MPOL_MF_???', 'last')]
UNKNOWN_TEXT_RULES = [(re.compile(r'(\b%s\(%s0x[0-9a-f]+ /\* )%s( \*/%s)'
                                  % (call, '' if where == 'first' else '.*', re.escape(old),
                                     ',' if where == 'first' else r'\)(?: += |$)')), new)
                      for call, old, new, where in UNKNOWN_TEXT]


def unknown_texts(line):
    for pattern, new in UNKNOWN_TEXT_RULES:
        line = pattern.sub(lambda m: m.group(1) + new + m.group(2), line)
    return line


# Last arguments 6.1 prints in hex and 7.2 as flags: (the call, [(bit, name)], the
# comment for unknown bits)
HEX_TO_FLAGS = [
    ('pidfd_send_signal', [(1, 'PIDFD_SIGNAL_THREAD'), (2, 'PIDFD_SIGNAL_THREAD_GROUP'),
                           (4, 'PIDFD_SIGNAL_PROCESS_GROUP')], 'PIDFD_SIGNAL_???'),
    ('landlock_add_rule', [(1, 'LANDLOCK_ADD_RULE_QUIET')], 'LANDLOCK_ADD_RULE_???'),
]
HEX_TO_FLAGS_RULES = [(re.compile(r'(\b%s\(.*, )(0x[0-9a-f]+|0)(\)(?: += |$))' % call), bits, unknown)
                      for call, bits, unknown in HEX_TO_FLAGS]


def flag_names(value, bits, unknown):
    """value as 7.2 prints a flag set in the run's -X style"""
    number = hex(value) if value else '0'
    names = [name for bit, name in bits if value & bit]
    rest = value & ~sum(bit for bit, name in bits)
    if newer_style == 'raw' or not value:
        return number
    if not names:
        return '%s /* %s */' % (number, unknown)
    text = '|'.join(names + ([hex(rest)] if rest else []))
    return '%s /* %s */' % (number, text) if newer_style == 'verbose' else text


def hex_to_flags(line):
    for pattern, bits, unknown in HEX_TO_FLAGS_RULES:
        line = pattern.sub(lambda m: m.group(1) + flag_names(int(m.group(2), 16), bits, unknown) +
                           m.group(3), line)
    return line


# Flag bits 6.1 leaves in the hex remainder and 7.2 names: (the calls, the bit, its name,
# the name 7.2 prints it after). Only where that name is printed too, so the place is known.
NEWER_BITS = [(r'\b(?:send|recv)(?:to|from|msg|mmsg)\(', 0x2000000, 'MSG_SOCK_DEVMEM',
               'MSG_NO_SHARED_FRAGS'),
              (r'\bmmap\(', 0x80, 'MAP_ABOVE4G', 'MAP_32BIT'),
              (r'', 0x4000000, 'O_EMPTYPATH',
               '(?:O_DIRECTORY|O_TMPFILE)'),
              (r'NDA_FLAGS_EXT', 0x2, 'NTF_EXT_LOCKED', 'NTF_EXT_MANAGED'),
              (r'NDA_FLAGS_EXT', 0x4, 'NTF_EXT_EXT_VALIDATED', 'NTF_EXT_LOCKED')]
NEWER_BITS_RULES = [(re.compile(call), re.compile(r'\b(%s)((?:\|[A-Z_0-9]+)*)\|0x([0-9a-f]+)\b' % before),
                     bit, name) for call, bit, name, before in NEWER_BITS]


def newer_bits(line):
    for call, flags, bit, name in NEWER_BITS_RULES:
        if not call.search(line):
            continue

        def named(m):
            rest = int(m.group(3), 16)
            if not rest & bit:
                return m.group(0)
            rest &= ~bit
            return '%s|%s%s%s' % (m.group(1), name, m.group(2), '|%#x' % rest if rest else '')
        line = flags.sub(named, line)
    return line


# mremap's new address: 6.1 prints it with MREMAP_MAYMOVE|MREMAP_FIXED, 7.2 also with
# MREMAP_MAYMOVE|MREMAP_DONTUNMAP. Without MREMAP_FIXED the address is a hint, and 6.1's line
# does not hold it: the rule takes the address the call returned, the hint where it was free
# (the test programs give a free one). A failed call stays as 6.1 printed it, and differs.
MREMAP_BITS = {'MREMAP_MAYMOVE': 1, 'MREMAP_FIXED': 2, 'MREMAP_DONTUNMAP': 4}
MREMAP_4 = re.compile(r'^(.*\bmremap\((?:0x[0-9a-f]+|NULL), \d+, \d+, )'
                      r'(0x[0-9a-f]+|[A-Z_|0-9a-fx]+)( /\* [A-Z_|0-9a-fx?]+ \*/)?(\) += )(0x[0-9a-f]+)$')


def mremap_flags_value(text):
    if text.startswith('0x'):
        return int(text, 16)
    value = 0
    for word in text.split('|'):
        value |= int(word, 16) if word.startswith('0x') else MREMAP_BITS.get(word, 0)
    return value


def mremap_hint(line):
    m = MREMAP_4.match(line)
    if not m or mremap_flags_value(m.group(2)) & 7 != 5:
        return line
    return '%s%s%s, %s%s%s' % (m.group(1), m.group(2), m.group(3) or '', m.group(5),
                               m.group(4), m.group(5))


# MOUNT_ATTR_* flags: 7.2 names MOUNT_ATTR__ATIME (all three atime bits, before its parts)
# in fsmount's attributes and mount_attr's attr_set/attr_clr, and NOSYMFOLLOW in fsmount's
# (IDMAP only in mount_attr's). The value 6.1 printed is spelled again with 7.2's names.
MOUNT_ATTRS = [(0x1, 'RDONLY'), (0x2, 'NOSUID'), (0x4, 'NODEV'), (0x8, 'NOEXEC'),
               (0x70, '_ATIME'), (0x10, 'NOATIME'), (0x20, 'STRICTATIME'),
               (0x80, 'NODIRATIME'), (0x100000, 'IDMAP'), (0x200000, 'NOSYMFOLLOW')]
MOUNT_ATTR_VALUES = dict(('MOUNT_ATTR_' + name, bit) for bit, name in MOUNT_ATTRS)
MOUNT_ATTR_FIELDS = [
    (re.compile(r'(\bfsmount\(-?\d+(?:<[^>]*>)?, [^,]*, )([^,)]+)(\))'), 'IDMAP'),
    (re.compile(r'(\bmount_setattr\(.*?\battr_set=)([^,]+)(,)'), None),
    (re.compile(r'(\bmount_setattr\(.*?\battr_clr=)([^,]+)(,)'), None)]


def mount_attr_value(text):
    text = text.split(' /* ')[0]
    if text[0].isdigit():
        return int(text, 0)
    return sum(int(w, 16) if w.startswith('0x') else MOUNT_ATTR_VALUES[w] for w in text.split('|'))


def mount_attr_text(value, unknown_to_it):
    rest, names = value, []
    for bit, name in MOUNT_ATTRS:
        if name != unknown_to_it and rest & bit == bit:
            names.append('MOUNT_ATTR_' + name)
            rest &= ~bit
    if not names:
        return '%#x /* MOUNT_ATTR_??? */' % value
    text = '|'.join(names + (['%#x' % rest] if rest else []))
    return '%#x /* %s */' % (value, text) if newer_style == 'verbose' else text


def mount_attrs(line):
    if newer_style == 'raw':
        return line
    for pattern, unknown_to_it in MOUNT_ATTR_FIELDS:
        m = pattern.search(line)
        if m and m.group(2) != '0':
            text = mount_attr_text(mount_attr_value(m.group(2)), unknown_to_it)
            line = line[:m.start(2)] + text + line[m.end(2):]
    return line


# io_uring_setup's ring offsets: 7.2 ends each with user_addr, which the kernel zeroes
# unless IORING_SETUP_NO_MMAP gave it (no test program does: such a line would differ).
URING_OFFSETS = re.compile(r'(\b(?:sq|cq)_off=\{[^{}]*?)(\})')


def uring_user_addr(line):
    if 'io_uring_setup(' not in line or 'user_addr=' in line:
        return line
    return URING_OFFSETS.sub(r'\1, user_addr=0\2', line)


# HDIO_GET_NICE/HDIO_SET_NICE's bits: 6.1 spelled them "1 << IDE_NICE_...", 7.2 "1<<IDE_NICE_..."
IDE_NICE_SHIFT = re.compile(r'\b1 << (IDE_NICE_)')


def ide_nice_shift(line):
    return IDE_NICE_SHIFT.sub(r'1<<\1', line) if 'HDIO_' in line else line


# VIDIOC_REQBUFS's count: 6.1 printed "count=4 => 4" after every success, 7.2 only a change
REQBUFS_SAME_COUNT = re.compile(r'\b(count=(\d+)) => \2\}')


def reqbufs_same_count(line):
    known = 'VIDIOC_REQBUFS' in line or 'ioctl(' in line and ' 0xc0145608' in line
    return REQBUFS_SAME_COUNT.sub(r'\1}', line) if known else line


# NHA_GROUP's struct nexthop_grp: 7.2 names the byte after weight weight_high and always
# prints it, 6.1 printed it as resvd1 when it was not 0
NEXTHOP_GRP = re.compile(r'\{id=(\d+), weight=(\d+)(?:, resvd1=(0x[0-9a-f]+))?\}')


def nexthop_grp(line):
    if 'NHA_GROUP' not in line:
        return line
    return NEXTHOP_GRP.sub(lambda m: '{id=%s, weight=%s, weight_high=%d}' % (
        m.group(1), m.group(2), int(m.group(3) or '0', 16)), line)


def btrfs_names(line):
    """btrfs's tree ids, key types and flag bits newer than 6.1 (tests/newer_btrfs.py)"""
    return newer_btrfs.translate(line, newer_style)


# EVIOCGPROP's unknown bits: 6.1 commented them "PROP_???", 7.2 "INPUT_PROP_???"
PROP_UNKNOWN = re.compile(r'(0x[0-9a-f]+ /\* )PROP_\?\?\?( \*/)')


def evdev_prop_unknown(line):
    return PROP_UNKNOWN.sub(r'\1INPUT_PROP_???\2', line) if 'EVIOCGPROP(' in line else line


# VIDIOC_S_CTRL's value: the same change, "value=-3 => -3" in 6.1, "value=-3" in 7.2
S_CTRL_SAME_VALUE = re.compile(r'\b(value=(-?\d+)) => \2\}')


def s_ctrl_same_value(line):
    known = 'VIDIOC_S_CTRL' in line or 'ioctl(' in line and ' 0xc008561c' in line
    return S_CTRL_SAME_VALUE.sub(r'\1}', line) if known else line


LINE_RULES = [sendfile_offset, sched_calls, unknown_texts, hex_to_flags, newer_bits,
              ide_nice_shift, reqbufs_same_count, s_ctrl_same_value, evdev_prop_unknown,
              mremap_hint, mount_attrs, uring_user_addr, btrfs_names, nexthop_grp]


def repad(line):
    """a line whose call was made shorter, its result moved back to strace's column 40"""
    m = re.match(r'^(.*\)) +(= .*)$', line)
    if not m:
        return line
    return '%-39s %s' % (m.group(1), m.group(2))


def as_current_strace(text):
    """strace 6.1's log with every name it is too old for as current strace prints it"""
    rules = newer_rules(newer_style)
    newer_families.learn(text, newer_style, verbose_run)
    text = owed_separators('\n'.join(as_strace_7_2(line, rules) for line in text.split('\n')))
    if stacks:
        text = libdw_frames(text)
    return set_tid_names(text) if pids_named else text


# -k: 6.1 (libunwind) prints a caller's frame at its return address, 7.2 (libdw) one byte
# before it, inside the call; an unnamed frame 6.1 took at entry "(+0x0)", 7.2 "()"; an
# address nothing maps 6.1 "unexpected_backtracing_error [0x...]", 7.2 "no matching address
# range", which 7.2 also prints below a frame without unwind information (ld.so's _start:
# a stack whose last frame is in ld.so, before the program's own code runs).
FRAME = re.compile(r'^ > (.*?)\((?:(.*)\+0x([0-9a-f]+))?\) \[0x([0-9a-f]+)\]$')
BACKTRACE_ERROR = re.compile(r'^ > unexpected_backtracing_error \[0x[0-9a-f]+\]$')
NO_RANGE = ' > no matching address range'


# rt_sigreturn's stack: 6.1 took it at the exit (the code the signal interrupted), 7.2 at
# the entry (the signal trampoline), which 6.1's log does not show. Against 6.1 only, its
# frames are left out of both logs.
SIGRETURN = re.compile(r'^(?:\d+(?:<[^>]*>)? +)?(?:\S+ +)?(?:rt_sigreturn\(|<\.\.\. rt_sigreturn resumed>)')


def without_sigreturn_frames(text):
    out, dropping = [], False
    for line in text.split('\n'):
        if line.startswith(' > '):
            if not dropping:
                out.append(line)
            continue
        dropping = bool(SIGRETURN.match(line)) and not line.endswith('<unfinished ...>')
        out.append(line)
    return '\n'.join(out)


# A call its process's end cut short ("<unfinished ...>) = ?"): 7.2 prints the stack it
# took at the entry after the "+++ exited" line, 6.1 none. Against 6.1 only, strc's are
# left out.
CUT_BY_END = re.compile(r'^(\d+)(?:<[^>]*>)? +.*<unfinished \.\.\.>\) += \?$')
END_LINE = re.compile(r'^(\d+)(?:<[^>]*>)? +\+\+\+ (?:exited|killed) ')


def without_cut_call_frames(text):
    out, cut, dropping = [], set(), False
    for line in text.split('\n'):
        if line.startswith(' > '):
            if not dropping:
                out.append(line)
            continue
        m, end = CUT_BY_END.match(line), END_LINE.match(line)
        dropping = bool(end) and end.group(1) in cut
        if m:
            cut.add(m.group(1))
        out.append(line)
    return '\n'.join(out)


# x86_64's signal trampoline: mov $15, %rax; syscall (rt_sigreturn)
SIGRETURN_CODE = bytes.fromhex('48c7c00f0000000f05')


@functools.lru_cache(maxsize=None)
def is_trampoline(module, offset):
    """Whether the code at this file offset of module is the signal trampoline."""
    try:
        with open(module, 'rb') as f:
            f.seek(offset)
            return f.read(len(SIGRETURN_CODE)) == SIGRETURN_CODE
    except OSError:
        return False


def libdw_frames(text):
    """6.1's frames (libunwind's return addresses) as 7.2 prints them (libdw: a caller's
    frame one byte before its return address), except the signal trampoline a handler
    returns to and the frame the signal interrupted, which libdw shows as they are."""
    out, depth, last_module, signal_frames = [], 0, None, 0
    for line in text.split('\n'):
        frame = FRAME.match(line)
        if BACKTRACE_ERROR.match(line):
            line, last_module = NO_RANGE, None
        elif frame:
            module, name, off, addr = frame.groups()
            if off == '0' and not name:
                off = None  # "(+0x0)": unnamed
            if depth and is_trampoline(module, int(addr, 16)):
                signal_frames = 2
            less = 1 if depth and not signal_frames else 0
            signal_frames = max(0, signal_frames - 1)
            func = '%s+0x%x' % (name, int(off, 16) - less) if off else ''
            line = ' > %s(%s) [0x%x]' % (module, func, int(addr, 16) - less)
            last_module = module
        elif not line.startswith(' > '):
            if depth and last_module and '/ld-linux' in last_module:
                out.append(NO_RANGE)
            depth, last_module, signal_frames = 0, None, 0
            out.append(line)
            continue
        depth += 1
        out.append(line)
    return '\n'.join(out)


# -Y: 7.2 names the tid set_tid_address returns, 6.1 prints it bare. The name is the one
# 6.1 printed for that pid in the same line's prefix (-f), else the next time it named it
# (getpid()'s "= 4<sh>", kill's "(4<sh>").
SET_TID = re.compile(r'^((?:(\d+)(<[^<>]*>)? +)?.*\bset_tid_address\(.*\) += )(\d+)$')


def set_tid_names(text):
    lines = text.split('\n')
    for i, line in enumerate(lines):
        m = SET_TID.match(line)
        if not m:
            continue
        tid = m.group(4)
        name = m.group(3) if m.group(2) == tid else None
        named = re.compile(r'(?:= |\()%s(<[^<>]*>)' % tid)
        for later in lines[i + 1:] if not name else []:
            n = named.search(later)
            if n:
                name = n.group(1)
                break
        if name:
            lines[i] = m.group(1) + tid + name
    return '\n'.join(lines)


# A call cut after its entry half: 6.1 ends that half with the ", " before the arguments
# left for the exit ("read(5,  <unfinished ...>"), 7.2 prints it after the resume marker
# ("read(5 <unfinished ...>", "<... read resumed>, \"r\", 1) = 1"). Per process, as the
# resumed line is that process's next one.
OWED_ENTRY = re.compile(r'^(.*), ( <unfinished \.\.\.>)((?:\) +=.*)?)$')
OWED_RESUMED = re.compile(r'^([^(]*<\.\.\. [\w.]+ resumed>)(.*)$')
LINE_PID = re.compile(r'^(?:\[pid +)?(\d+)\b')


def owed_separators(text):
    owed = set()
    out = []
    for line in text.split('\n'):
        m = LINE_PID.match(line)
        key = m.group(1) if m else ''
        entry, resumed = OWED_ENTRY.match(line), OWED_RESUMED.match(line)
        if entry:
            line = repad(entry.group(1) + entry.group(2) + entry.group(3))
            if not entry.group(3):
                owed.add(key)
        elif resumed and key in owed:
            owed.discard(key)
            rest = resumed.group(2)
            if not rest.startswith((' <unfinished', ')')):
                line = repad(resumed.group(1) + ', ' + rest)
        out.append(line)
    return '\n'.join(out)


def unknowable(line):
    new = newer_families.unknowable(line)
    return repad(new) if new != line else line


def as_strace_7_2(line, rules):
    """one line of strace 6.1 as 7.2 prints it: each rule one known change of spelling; a
    line made shorter has its result moved back to the column strace pads to"""
    new = newer_names(line, newer_style == 'verbose')
    for pattern, repl in rules:
        new = pattern.sub(repl, new)
    new = EPOLL_DATA.sub(epoll_data, new)
    if not raw_calls:  # -e raw=: the same address in both
        new = GLIBC_RSEQ.sub(lambda m: glibc_rseq(newer_style, m.group(1))[:-1] + m.group(2), new)
    new = TTY_ALT_NAME.sub(r'\1\2\3', new)
    new = newer_families.translate(new, newer_style)  # bpf, perf_event_open, netlink
    for rule in LINE_RULES:
        new = rule(new)
    return repad(new) if new != line else line


# -yy on eventfd, signalfd and /dev/ptmx descriptors: 7.2 prints what /proc/PID/fdinfo says (the
# counter, the mask), 6.1 the link's text, and 6.1's log does not hold the values (the
# counter moves with every read and write). Against 6.1 only, strc's decoration is folded
# back to the link's text; against 7.x it is compared in full.
NEWER_FDINFO = [(re.compile(r'<\{eventfd-count=[^{}<>]*\}>'), '<anon_inode:[eventfd]>'),
                (re.compile(r'<signalfd:~?\[[^<>]*\]>'), '<anon_inode:[signalfd]>'),
                # a pseudo-terminal master's slave, from fdinfo's tty-index (7.x)
                (re.compile(r'(<char 5:2) @/dev/pts/\d+>'), r'\1>')]


def as_older_fdinfo(text):
    for pattern, link in NEWER_FDINFO:
        text = pattern.sub(link, text)
    return text


# -v: 7.2 hex-dumps the argument of an ioctl request it does not decode ("\x00\x01..."),
# 6.1 prints its address. Against 6.1 only, that argument is masked in both logs (an
# unnamed request, or FS_IOC_GETVERSION, the named one the test programs make).
UNDECODED_IOCTL_ARG = re.compile(
    r'^(.*\bioctl\(-?\d+(?:<[^>]*>)?, (?:_IOC\([^)]*\)|FS_IOC_GETVERSION|0x[0-9a-f]+'
    r'(?: /\* (?:_IOC\([^)]*\)|FS_IOC_GETVERSION) \*/)?), )'
    r'(0x[0-9a-f]+|"(?:\\x[0-9a-f]{2})*"(?:\.\.\.)?(?: => "(?:\\x[0-9a-f]{2})*"(?:\.\.\.)?)?)'
    r'(\)(?: += .*)?)$')


def masked_ioctl_dumps(text):
    return '\n'.join(UNDECODED_IOCTL_ARG.sub(r'\1ARG\3', line) for line in text.split('\n'))


# The first execve's environment pointer lives on the tracer's own stack.
FIRST_EXECVE_ENV = re.compile(r'^(execve\(.*\], (?:envp=)?)0x[0-9a-f]+( /\* \d+ vars? \*/\))')  # -N: envp=
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
# --frames addresses against 6.1: a frame's name, empty or not (libunwind names some frames
# 7.2 leaves unnamed), C++ names with their own parentheses included
FRAME_NAME = re.compile(r'^( > [^(]*)\(.*\)( \[0x[0-9a-f]+\](?: \S+:\d+)?)$')
# -kk: strace 7.2 (libdw) ends a frame with its source line; Debian's 6.1 (libunwind) prints
# none, so against 6.1 strc's are left out (tests/integration/stack.sh checks them).
FRAME_SOURCE = re.compile(r'^( > .*\) \[0x[0-9a-f]+\]) \S+:\d+$', re.M)


def source_lines(opts):
    return any(o in ('-kk', '--stack-trace=source') for o in opts)


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


WAIT_CALL = re.compile(r'(?:^|\s)(?:wait4|waitid|waitpid)\(.*\) += \d+$')


def sigchld_first(lines):
    """A child's SIGCHLD lands just before its parent's wait returns or just after, as the
    scheduler has it (under strace too): put it before the wait, in place."""
    for i in range(1, len(lines)):
        if '--- SIGCHLD ' in lines[i] and WAIT_CALL.search(lines[i - 1]):
            lines[i - 1], lines[i] = lines[i], lines[i - 1]


def follows(opts):
    """Whether the tracer options follow children (-f, -ff, or f among bundled letters)."""
    return any(o in ('-f', '-ff') or (o.startswith('-') and not o.startswith('--')
                                      and 'f' in o[1:] and not o.startswith('-e'))
               for o in opts)


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


def wrap_for(name, wrap, old_reference):
    """The namespace wrapper for one tracer's run. strace 6.1 forks one probe child more
    than strace 7.2 and strc before the command, whose pid in the new namespace is then
    one higher: against 6.1, strc's run first spends a pid on a child that exits at once
    (python, not a shell: a shell would change the environment, PWD)."""
    if not wrap or name != 'strc' or not old_reference:
        return wrap
    spend = ('import os, signal, sys; os.waitpid(os.fork() or os._exit(0), 0); '
             '[signal.signal(s, signal.SIG_DFL) for s in (signal.SIGPIPE, signal.SIGXFSZ)]; '
             'os.execvp(sys.argv[1], sys.argv[1:])')  # python ignores these two; exec keeps that
    # after unshare and its options: the spending child must be inside the new namespace
    at = next(i for i, word in enumerate(wrap) if i and not word.startswith('-'))
    return wrap[:at] + [sys.executable, '-c', spend] + wrap[at:]


last_stderr = [b'']  # what the last tracer run wrote on its standard error
NO_MPERS = b'Proper structure decoding for this personality is not supported'


def run(tracer, opts, command, log, wrap, workdir):
    argv = wrap + [tracer, '-o', log] + opts + ['--'] + command
    # the same path in both runs: with -y it shows as the command's standard output
    with open(os.path.join(os.path.dirname(log), 'command.out'), 'wb') as sink:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=sink,
                           stderr=subprocess.PIPE, cwd=workdir, timeout=120)
    last_stderr[0] = p.stderr
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


def is_old_strace(path):
    """true for a strace older than 7: its log needs as_current_strace"""
    p = subprocess.run([path, '-V'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    m = re.match(rb'strace -- version (\d+)\.', p.stdout)
    return bool(m) and int(m.group(1)) < 7  # another tracer (strc itself) is not translated


def main():
    # Our own options come first; the tracer's options run from the first word that is
    # not ours up to "--", the command after it.
    argv = sys.argv[1:]
    if '--' not in argv:
        sys.stderr.write(__doc__)
        return 2
    split = argv.index('--')
    head, command = argv[:split], argv[split + 1:]
    ours = {'--strc': None, '--min': '100',
            '--strace': os.environ.get('STRC_REFERENCE_STRACE') or shutil.which('strace'),
            '--show': '40', '--cwd': None, '--frames': 'exact', '--times': None,
            '--setup': None}
    layouts = False
    while head and ((head[0] in ours and len(head) > 1) or head[0] == '--layouts'):
        if head[0] == '--layouts':
            layouts = True
            head = head[1:]
            continue
        ours[head[0]] = head[1]
        head = head[2:]
    opts = head
    global times_shape
    global newer_style
    newer_style = const_style(opts)
    global structs_shown
    structs_shown = not any(o.endswith('verbose=none') for o in opts)
    global raw_calls
    raw_calls = any('raw=' in o for o in opts)
    global stacks
    stacks = any(o == '-k' or o.startswith('--stack-trace')
                 or (o.startswith('-') and not o.startswith('--') and 'k' in o[1:]
                     and not o.startswith('-e'))
                 for o in opts)
    global ioctl_dumps
    ioctl_dumps = any(o in ('-v', '--no-abbrev') or o.startswith('abbrev=none')
                      or (o.startswith('-') and not o.startswith('--') and 'v' in o[1:]
                          and not o.startswith('-e'))
                      for o in opts)
    global pids_named
    pids_named = any(o == '-Y' or o.startswith('--decode-pids') or o.startswith('-e decode-pids')
                     or o.startswith('decode-pids=')
                     or (o.startswith('-') and not o.startswith('--') and 'Y' in o[1:]
                         and not o.startswith('-e'))
                     for o in opts)
    global verbose_run
    verbose_run = any(re.match(r'-[a-zA-Z]*v[a-zA-Z]*$', o) or o.endswith('abbrev=none')
                      for o in opts)
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
    follow = follows(opts)
    wrap = isolated()
    old_reference = is_old_strace(args.strace)
    if old_reference and any(o in ('-N', '--arg-names') for o in opts):
        # 6.1 has no -N: tests/integration/colour.py owns -N's expectations there
        print('compare: this strace has no -N/--arg-names; skipped')
        return SKIP
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
            codes[name] = run(tracer, opts, command, log, wrap_for(name, wrap, old_reference),
                              work)
            if codes[name] is None:
                return 2
            if name == 'strace' and layouts and NO_MPERS in last_stderr[0]:
                print('compare: this strace has no 32-bit structure layouts (no mpers): '
                      'not a reference for these lines; skipped')
                return SKIP
            with open(log, errors='replace') as f:
                logs[name] = f.read()
    if not logs['strace'].strip() and not logs['strc'].strip():
        # a command that could not start (a relative path run in the empty directory)
        print('compare: neither tracer printed a line: did the command run?')
        return 1
    names = ours['--frames'] != 'addresses' or not old_reference
    if old_reference and source_lines(opts):
        logs['strc'] = FRAME_SOURCE.sub(r'\1', logs['strc'])
    if old_reference:
        logs['strace'] = as_current_strace(logs['strace'])
        logs['strc'] = as_older_fdinfo(logs['strc'])
        if stacks:
            logs['strace'] = without_sigreturn_frames(logs['strace'])
            logs['strc'] = without_cut_call_frames(without_sigreturn_frames(logs['strc']))
        if ioctl_dumps:
            logs['strace'] = masked_ioctl_dumps(logs['strace'])
            logs['strc'] = masked_ioctl_dumps(logs['strc'])
        # what 6.1's log cannot tell, masked in both (checked against 7.2 only)
        for name in logs:
            logs[name] = '\n'.join(unknowable(line) for line in logs[name].split('\n'))
    want = per_process(logs['strace'], follow, names)
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
