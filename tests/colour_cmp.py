#!/usr/bin/env python3
"""colour_cmp.py: compare --color=always under strc and under a strace that has --color.

  colour_cmp.py --strc PATH [--strace PATH] [--min PCT] [--show N] [--setup SHELL-COMMAND]
                [--keep DIR] [--times shape] [--frames addresses] [TRACER OPTIONS ...] -- COMMAND [ARGS ...]

Both tracers run the command as tests/compare.py runs it (the same namespaces, the same
empty directory), with --color=always added to the same options. What varies between two
runs is masked as compare.py masks it, but on the text between the escapes: every escape
stays where the tracer wrote it, so a line is identical only when its text and its colour
are. With -f the lines are compared per process and an `<unfinished ...>` line is joined
with its `<... NAME resumed>` line, the escapes of both kept.

--times shape and --frames addresses are compare.py's: the digits of the time columns
masked, the stack frames' function names not compared.

--keep DIR keeps the two logs there (strace.log, strc.log), as the tracers wrote them.

The reference is --strace PATH, else STRC_REFERENCE_STRACE, else `strace` on PATH. A strace
without --color (Debian's 6.1) cannot be compared: skipped (77); tests/integration/colour.py
holds the expectations that run everywhere.

Prints the differing lines (escapes shown as <N>) and `colour: M/N lines identical (P%)`.
Exit status: 0 at or above --min percent (default 100), 1 below, 2 when a tracer could not
run, 77 when skipped.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import difflib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402  (the runs and the masks are compare.py's)

SKIP = 77
ESCAPE = re.compile(r'(\x1b\[[0-9;]*m)')


def pieces(line):
    """[(is_escape, text)] in order; empty texts left out"""
    return [(bool(ESCAPE.fullmatch(p)), p) for p in ESCAPE.split(line) if p]


def plain(ps):
    return ''.join(t for e, t in ps if not e)


def joined(ps):
    return ''.join(t for _, t in ps)


def replace_range(ps, a, b, text):
    """the visible characters a..b replaced by text; escapes inside the range stay, after
    it; text goes after any escape that sits right at a"""
    out, pos, placed = [], 0, False
    for esc, t in ps:
        if esc:
            out.append((esc, t))
            continue
        end = pos + len(t)
        keep = ''
        for i, ch in enumerate(t):
            at = pos + i
            if at == a and not placed:
                keep += text
                placed = True
            if not a <= at < b:
                keep += ch
        if keep:
            out.append((False, keep))
        pos = end
    if not placed:
        out.append((False, text))
    return [(e, t) for e, t in out if t]


def sub_keep(pattern, repl, ps):
    """pattern.sub(repl) on the visible text, each change made only where the text changes"""
    text = plain(ps)
    edits = []
    for m in pattern.finditer(text):
        new = repl(m) if callable(repl) else m.expand(repl)
        old = m.group(0)
        if new == old:
            continue
        p = 0
        while p < min(len(old), len(new)) and old[p] == new[p]:
            p += 1
        s = 0
        while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
            s += 1
        edits.append((m.start() + p, m.end() - s, new[p:len(new) - s]))
    for a, b, t in reversed(edits):
        ps = replace_range(ps, a, b, t)
    return ps


# compare.FIRST_EXECVE_ENV, after the time columns too
FIRST_EXECVE_ENV = re.compile(r'(execve\(.*\], (?:envp=)?)0x[0-9a-f]+( /\* \d+ vars? \*/\))')


def masked(ps, first):
    if first:
        ps = sub_keep(FIRST_EXECVE_ENV, r'\1ENV\2', ps)
    for pattern, repl in compare.VARYING:
        ps = sub_keep(pattern, repl, ps)
    return sub_keep(compare.CLEARED_TID, compare.cleared_tid, ps)


PID_PREFIX = re.compile(r'^(\d+)(?:<[^>]*>)? +')
# the cut line's end (its marker and the reset after it) is not part of the call: joined, a
# cut line is what the uncut line would have been
UNFINISHED = re.compile(r' <unfinished \.\.\.>$')
RESUMED = re.compile(r'^<\.\.\. [\w.]+ resumed>')
PADDING = re.compile(r' +(?== )')


def drop(pattern, ps):
    """the text pattern matches removed, the escapes in and around it kept"""
    m = pattern.search(plain(ps))
    return replace_range(ps, m.start(), m.end(), '') if m else ps


def without_head(ps, n):
    """the pieces from visible character n on: the prefix's escapes go with it"""
    out, pos = [], 0
    for esc, t in ps:
        if esc:
            if pos >= n:
                out.append((esc, t))
            continue
        if pos + len(t) > n:
            out.append((False, t[max(n - pos, 0):]))
        pos += len(t)
    return out


def cut_at(ps, a):
    """the pieces before visible character a: the escapes after it dropped"""
    out, pos = [], 0
    for esc, t in ps:
        if not esc:
            if pos + len(t) > a:
                if a > pos:
                    out.append((False, t[:a - pos]))
                break
            pos += len(t)
        out.append((esc, t))
    return out


def shaped(ps):
    """--times shape: the digits of the time prefix and of -T's suffix masked"""
    ps = sub_keep(compare.TIME_PREFIX, lambda m: compare.shape(m.group(0)), ps)
    return sub_keep(compare.TIME_SUFFIX, lambda m: compare.shape(m.group(0)), ps)


def per_process(text, follow, times=False, frame_names=True):
    """{pid or '': [lines as pieces]}, unfinished/resumed pairs joined"""
    streams, pending, first = {}, {}, True
    for raw in text.splitlines():
        ps = pieces(raw)
        if not frame_names:
            ps = sub_keep(compare.FRAME_NAME, r'\1(SYM)\2', ps)
        key = ''
        if follow:
            m = PID_PREFIX.match(plain(ps))
            if m:
                key = m.group(1)
                ps = without_head(ps, m.end())
        if times:
            ps = shaped(ps)
        if UNFINISHED.search(plain(ps)):
            m = UNFINISHED.search(plain(ps))
            pending[key] = cut_at(ps, m.start())
            continue
        if RESUMED.match(plain(ps)) and key in pending:
            ps = pending.pop(key) + drop(RESUMED, ps)
        ps = masked(ps, first)
        first = False
        if follow:
            ps = sub_keep(PADDING, ' ', ps)
        streams.setdefault(key, []).append(ps)
    for key, head in pending.items():
        streams.setdefault(key, []).append(masked(head, False))
    for lines in streams.values():
        sigchld_first(lines)
    return {k: [joined(ps) for ps in v] for k, v in streams.items()}


def sigchld_first(lines):
    """compare.sigchld_first, on lines in pieces"""
    for i in range(1, len(lines)):
        if '--- SIGCHLD ' in plain(lines[i]) and compare.WAIT_CALL.search(plain(lines[i - 1])):
            lines[i - 1], lines[i] = lines[i], lines[i - 1]


def shown(line):
    return ESCAPE.sub(lambda m: '<%s>' % m.group(1)[2:-1], line)


def has_colour(strace):
    try:
        p = subprocess.run([strace, '--help'], capture_output=True, timeout=30)
    except OSError:
        return False
    return b'--color' in p.stdout


def main():
    argv = sys.argv[1:]
    if '--' not in argv:
        sys.stderr.write(__doc__)
        return 2
    split = argv.index('--')
    head, command = argv[:split], argv[split + 1:]
    ours = {'--strc': None, '--min': '100', '--show': '40', '--setup': None, '--keep': None,
            '--times': None, '--frames': 'exact',
            '--strace': os.environ.get('STRC_REFERENCE_STRACE') or shutil.which('strace')}
    while head and head[0] in ours and len(head) > 1:
        ours[head[0]] = head[1]
        head = head[2:]
    opts = ['--color=always'] + head
    if not ours['--strc'] or not command:
        sys.stderr.write(__doc__)
        return 2
    if not ours['--strace'] or not has_colour(ours['--strace']):
        print('colour: the reference strace has no --color; skipped')
        return SKIP
    if '/' not in command[0] and not shutil.which(command[0]):
        print('colour: %s is not installed; skipped' % command[0])
        return SKIP
    follow = compare.follows(head)
    wrap = compare.isolated()
    logs, codes = {}, {}
    with tempfile.TemporaryDirectory(prefix='strc-colour-') as tmp:
        for name, tracer in (('strace', ours['--strace']),
                             ('strc', os.path.abspath(ours['--strc']))):
            work = os.path.join(tmp, 'work')
            shutil.rmtree(work, ignore_errors=True)
            os.mkdir(work)
            if ours['--setup'] and subprocess.run(['sh', '-c', ours['--setup']],
                                                  cwd=work).returncode != 0:
                sys.stderr.write('colour: the setup failed: %s\n' % ours['--setup'])
                return 2
            log = os.path.join(tmp, name + '.log')
            codes[name] = compare.run(tracer, opts, command, log, wrap, work)
            if codes[name] is None:
                return 2
            with open(log, errors='replace') as f:
                logs[name] = f.read()
            if ours['--keep']:
                os.makedirs(ours['--keep'], exist_ok=True)
                shutil.copy(log, ours['--keep'])
    if not logs['strace'].strip() and not logs['strc'].strip():
        print('colour: neither tracer printed a line: did the command run?')
        return 1
    times, names = ours['--times'] == 'shape', ours['--frames'] != 'addresses'
    want = per_process(logs['strace'], follow, times, names)
    got = per_process(logs['strc'], follow, times, names)
    total = same = count = 0
    for key in sorted(set(want) | set(got), key=lambda k: (len(k), k)):
        a, b = want.get(key, []), got.get(key, [])
        total += max(len(a), len(b))
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == 'equal':
                same += i2 - i1
                continue
            for sign, lines in (('-', a[i1:i2]), ('+', b[j1:j2])):
                for line in lines:
                    if count < int(ours['--show']):
                        print('%s%s %s' % (sign, key, shown(line)))
                        count += 1
    if codes['strace'] != codes['strc']:
        print('colour: exit status differs: strace %s, strc %s' % (codes['strace'], codes['strc']))
        total += 1
    pct = 100.0 * same / total if total else 100.0
    print('colour: %d/%d lines identical (%.1f%%)' % (same, total, pct))
    return 0 if pct >= float(ours['--min']) else 1


if __name__ == '__main__':
    sys.exit(main())
