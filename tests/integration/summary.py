#!/usr/bin/env python3
"""summary.py: -c/-C's table, strc against strace.

  summary.py STRC table [TRACER OPTIONS ...] -- COMMAND [ARGS ...] [:: OPTIONS -- COMMAND ...]
  summary.py STRC errors
  summary.py STRC wall
  summary.py STRC unknown PROG

`table` runs COMMAND under both tracers with the same options and compares: the titles,
the header and rule lines byte for byte, each row's cells in the columns the rules mark
(numbers right-aligned to the rule's end, the name left-aligned at its start), the same
syscalls with the same calls and errors (times vary and are not compared), the same row
order when the sort key is not a time, strc's rows in the order of its key, and the total
row's sums. With -C the trace comes first and the table after it.

Cases separated by `::` run one after the other.

`errors` gives both tracers bad -S, -U, -O values and wrong combinations: the same message
(but the name) and the same exit status.

`wall` checks what "seconds" measures: a sleeping call takes wall-clock time (-w) but next
to no system time (the default), and -O takes the overhead off each call.

`unknown` checks strc alone on `PROG unknown` (tests/progs/fam_edges): the rows strace 7.2
gives syscall numbers no table knows, which 6.1 cannot print.

The reference is `strace` on PATH, or the binary the environment variable
STRC_REFERENCE_STRACE names (strace 7.2). Rows of unknown syscall numbers (syscall_0x3e8),
which strace 6.1 leaves out, are compared only with a strace of version 7 or later.

Exit status 0 when all holds, 1 when not, 77 when strace is not installed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

TITLE = re.compile(r'^System call usage summary for (.*) mode:$')
HEADER_WORDS = {'%', 'time', 'seconds', 'shortest', 'longest', 'usecs/call', 'calls', 'errors',
                'syscall'}
TIME_KEYS = {'time', 'time-percent', 'time-total', 'total-time', 'min-time', 'shortest',
             'time-min', 'max-time', 'longest', 'time-max', 'avg-time', 'time-avg'}
# the column a -S key sorts by, largest first (name: alphabetical)
SORT_COLUMN = {'time': 'seconds', 'min-time': 'shortest', 'max-time': 'longest',
               'avg-time': 'usecs/call', 'calls': 'calls', 'errors': 'errors'}
SORT_ALIASES = {'time-percent': 'time', 'time-total': 'time', 'total-time': 'time',
                'shortest': 'min-time', 'time-min': 'min-time', 'longest': 'max-time',
                'time-max': 'max-time', 'time-avg': 'avg-time', 'count': 'calls',
                'error': 'errors', 'syscall': 'name', 'syscall-name': 'name',
                'none': 'nothing'}

# Syscalls newer than strace 6.1, which it shows as numbers and leaves out of its table;
# strc names and counts them as current strace does.
NEWER = {'cachestat', 'fchmodat2', 'map_shadow_stack', 'futex_wake', 'futex_wait',
         'futex_requeue', 'statmount', 'listmount', 'lsm_get_self_attr', 'lsm_set_self_attr',
         'lsm_list_modules', 'mseal', 'setxattrat', 'getxattrat', 'listxattrat',
         'removexattrat', 'open_tree_attr'}

# Rows of syscall numbers no table knows (syscall(1000), syscall(-1)): strace 7.x counts
# them, 6.1 leaves them out; against 6.1 they are left out of strc's table too.
UNKNOWN_ROW = re.compile(r'^syscall_0x[0-9a-f]+$')

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def is_header(line):
    words = line.split()
    return 'syscall' in words and all(w in HEADER_WORDS for w in words)


def run(tracer, opts, cmd, tmp):
    log = os.path.join(tmp, os.path.basename(tracer) + '.txt')
    p = subprocess.run([tracer, '-o', log] + opts + cmd, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with open(log) as f:
        return p.returncode, f.read().splitlines()


def spans(rule):
    return [(m.start(), m.end()) for m in re.finditer(r'-+', rule)]


def tables(lines):
    """[(title, header, rule, rows, total, first line index)] and the lines before."""
    out, i, first = [], 0, None
    while i < len(lines):
        title = None
        m = TITLE.match(lines[i])
        if m and i + 1 < len(lines) and is_header(lines[i + 1]):
            title, i = m.group(1), i + 1
        if is_header(lines[i]) and i + 1 < len(lines) and lines[i + 1].startswith('-'):
            if first is None:
                first = i - (title is not None)
            header, rule = lines[i], lines[i + 1]
            rows, i = [], i + 2
            while i < len(lines) and lines[i] != rule:
                rows.append(lines[i])
                i += 1
            total = lines[i + 1] if i + 1 < len(lines) else ''
            out.append((title, header, rule, rows, total))
            i += 2
            continue
        i += 1
    return out, lines[:first] if first is not None else lines


def cells(header, rule, row, who):
    """{column: text} of one row, checking its alignment in the rule's spans."""
    sp = spans(rule)
    names = [header[a:b].strip() for a, b in sp[:-1]] + [header[sp[-1][0]:].strip()]
    got = {}
    for k, ((a, b), name) in enumerate(zip(sp, names)):
        last = k == len(sp) - 1
        text = row[a:] if last else row[a:b]
        if name == 'syscall':
            check(text == text.lstrip() and text.strip(), '%s: name not at column %d: %r'
                  % (who, a, row))
        else:
            check(text == text.rjust(b - a) and (a == 0 or row[a - 1] == ' '),
                  '%s: %s not right-aligned in %d-%d: %r' % (who, name, a, b, row))
        got[name] = text.strip()
    return got


def number(s):
    return float(s) if s else 0.0


def check_order(key, rows, who):
    key = SORT_ALIASES.get(key, key)
    if key == 'nothing':
        return
    if key == 'name':
        names = [r['syscall'] for r in rows]
        check(names == sorted(names), '%s: rows not in name order: %s' % (who, names))
        return
    col = SORT_COLUMN[key]
    if not rows or col not in rows[0]:
        return
    vals = [number(r[col]) for r in rows]
    check(vals == sorted(vals, reverse=True), '%s: rows not sorted by %s: %s' % (who, col, vals))


def option_value(opts, short, long):
    val = None
    for k, o in enumerate(opts):
        if o == short and k + 1 < len(opts):
            val = opts[k + 1]
        elif o.startswith(long + '='):
            val = o.split('=', 1)[1]
    return val


def strace_major(path):
    p = subprocess.run([path, '-V'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       text=True)
    m = re.match(r'strace -- version (\d+)\.', p.stdout)
    return int(m.group(1)) if m else 0


def without_unknown(header, rule, rows):
    """strc's header and rule as an old strace would print them: the name column as wide
    as the rows left once the syscall_0x... ones are gone (16 at least)"""
    sp = spans(rule)
    names = [header[a:b].strip() for a, b in sp[:-1]] + [header[sp[-1][0]:].strip()]
    k = names.index('syscall')
    width = max([16] + [len(r['syscall']) + 1 for r in rows if not UNKNOWN_ROW.match(r['syscall'])])
    a, b = sp[k]
    rule = rule[:a] + '-' * width + rule[b:]
    if k < len(sp) - 1:
        header = header[:a] + 'syscall'.ljust(width) + header[b:]
    return header, rule


def status_kept(opts):
    """-z or -Z: the calls strace 7 counts under -c; 6.1 counted every call"""
    for o in opts:
        if o in ('-z', '--successful-only'):
            return 'successful'
        if o in ('-Z', '--failed-only'):
            return 'failed'
    return None


def as_counted_by_status(rows, kept):
    """6.1's rows (cells) as strace 7 counts them under -z or -Z: the successful or the
    failed calls of each row; a row left with none goes"""
    out = []
    for r in rows:
        calls, errors = int(r.get('calls') or 0), int(r.get('errors') or 0)
        n = errors if kept == 'failed' else calls - errors
        if n or r.get('syscall') == 'total':
            out.append(dict(r, calls=str(n), errors=str(n) if kept == 'failed' and n else ''))
    return out


def table_case(strc, strace, args, old_reference):
    sep = args.index('--')
    opts, cmd = args[:sep], args[sep + 1:]
    key = (option_value(opts, '-S', '--summary-sort-by') or 'time').replace('_', '-')
    with tempfile.TemporaryDirectory() as tmp:
        want_rc, want = run(strace, opts, cmd, tmp)
        got_rc, got = run(strc, opts, cmd, tmp)
    check(want_rc == got_rc, 'exit status: strace %d, strc %d' % (want_rc, got_rc))
    want_t, want_before = tables(want)
    got_t, got_before = tables(got)
    check(len(want_t) == len(got_t), 'tables: strace %d, strc %d' % (len(want_t), len(got_t)))
    trace = '-C' in opts or '--summary' in opts
    check(bool(got_before) == trace and bool(want_before) == trace,
          'trace lines before the table: strace %d, strc %d' % (len(want_before), len(got_before)))
    for (wt, wh, wr, wrows, wtot), (gt, gh, gr, grows, gtot) in zip(want_t, got_t):
        check(wt == gt, 'title: strace %r, strc %r' % (wt, gt))
        gc = [cells(gh, gr, r, 'strc') for r in grows]
        sh, sr = without_unknown(gh, gr, gc) if old_reference else (gh, gr)
        check(wh == sh, 'header:\n  strace %r\n  strc   %r' % (wh, sh))
        check(wr == sr, 'rule:\n  strace %r\n  strc   %r' % (wr, sr))
        if wh != sh or wr != sr:
            continue
        wc = [cells(wh, wr, r, 'strace') for r in wrows]
        wtc, gtc = cells(wh, wr, wtot, 'strace'), cells(gh, gr, gtot, 'strc')
        kept = status_kept(opts) if old_reference else None
        if kept:
            wc = as_counted_by_status(wc, kept)
            wtc = as_counted_by_status([wtc], kept)[0]

        def counts(rows):
            return {r['syscall']: (r.get('calls'), r.get('errors')) for r in rows}
        def is_newer(name):
            return old_reference and (name in NEWER or UNKNOWN_ROW.match(name))
        newer = [r for r in gc if is_newer(r['syscall'])]
        gc = [r for r in gc if not is_newer(r['syscall'])]
        wcount, gcount = counts(wc), counts(gc)
        for name in sorted(set(wcount) | set(gcount)):
            check(wcount.get(name) == gcount.get(name), '%s (calls, errors): strace %s, strc %s'
                  % (name, wcount.get(name), gcount.get(name)))
        check(gtc.get('syscall') == 'total', 'strc: no total row: %r' % gtot)
        for col in ('calls', 'errors'):
            if col in gtc:
                extra = sum(int(r[col] or 0) for r in newer)
                check(int(gtc[col] or 0) == sum(int(r[col] or 0) for r in gc) + extra,
                      'strc: total %s is not the sum of the rows' % col)
                check(int(wtc[col] or 0) == int(gtc[col] or 0) - extra,
                      'total %s: strace %s, strc %s' % (col, wtc[col], gtc[col]))
        if '% time' in gtc:
            check(gtc['% time'] == '100.00', 'strc: total %% time %s' % gtc['% time'])
        if key not in TIME_KEYS and not kept:  # 6.1's order is by its own counts
            check([r['syscall'] for r in wc] == [r['syscall'] for r in gc],
                  'row order (-S %s):\n  strace %s\n  strc   %s'
                  % (key, [r['syscall'] for r in wc], [r['syscall'] for r in gc]))
        check_order(key, gc, 'strc')


def named(msg):
    """msg with the tracer's name (as invoked, perhaps a path) as TRACER"""
    msg = re.sub(r'^\S*?(strace|strc):', 'TRACER:', msg, flags=re.M)
    return re.sub(r"'\S*(strace|strc) -h'", "'TRACER -h'", msg)


def errors_case(strc, strace):
    cases = [['-c', '-S', 'bogus'], ['-c', '-S', ''], ['-c', '-S', 'Calls'],
             ['-c', '-U', 'bogus'], ['-c', '-U', 'calls,,name'], ['-c', '-U', 'calls,'],
             ['-c', '-U', 'calls,errors,count,name'], ['-c', '-U', 'name,syscall'],
             ['-c', '-O', 'bogus'], ['-c', '-O', '-1'], ['-c', '-O', '1x'], ['-c', '-O', ''],
             ['-c', '-O', 'nan'], ['-c', '-O', '0x10'], ['-c', '-O', '1e-320'], ['-c', '-O', '5 '],
             ['-c', '--summary-sort-by=percent'], ['-c', '--summary-columns=nothing'],
             ['-c', '--summary-syscall-overhead=1h'], ['-c', '--summary-syscall-overhead', '1h'],
             ['-cO1h'],
             ['-c', '-C'], ['-C', '-c'], ['-c', '-ff'], ['-C', '-f', '-f', '-o', '/dev/null'],
             ['--output-separately', '-c'], ['-c', '-C', '-ff'], ['-w'], ['-U', 'calls'], ['-w', '-U', 'calls'],
             ['-S', 'calls', '-c', '-S', 'nope']]
    for opts in cases:
        out = {}
        for tracer in (strace, strc):
            p = subprocess.run([tracer] + opts + ['true'], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            out[tracer] = (p.returncode, named(p.stderr))
        check(out[strace] == out[strc], '%s:\n  strace %r\n  strc   %r'
              % (' '.join(opts), out[strace], out[strc]))
        check(out[strc][0] == 1, '%s: strc exits %d, want 1' % (' '.join(opts), out[strc][0]))
    # warnings that do not stop the run
    for opts in (['-S', 'calls', '-e', 'trace=none'], ['-c', '-y', '-e', 'trace=none']):
        out = {}
        for tracer in (strace, strc):
            p = subprocess.run([tracer] + opts + ['true'], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            out[tracer] = (p.returncode, named(p.stderr).splitlines()[0])
        check(out[strace] == out[strc], '%s:\n  strace %r\n  strc   %r'
              % (' '.join(opts), out[strace], out[strc]))


def seconds_of(strc, opts, call, cmd):
    with tempfile.TemporaryDirectory() as tmp:
        _, lines = run(strc, ['-c', '-U', 'total-time,calls,name'] + opts, cmd, tmp)
    for line in lines:
        f = line.split()
        if len(f) == 3 and f[2] == call:
            return float(f[0])
    check(False, '%s: no %s row' % (' '.join(opts), call))
    return 0.0


def wall_case(strc):
    cmd = ['sleep', '0.3']
    wall = seconds_of(strc, ['-w'], 'clock_nanosleep', cmd)
    system = seconds_of(strc, [], 'clock_nanosleep', cmd)
    check(wall >= 0.29, '-w: clock_nanosleep took %f s of wall-clock time, want >= 0.3' % wall)
    check(system < 0.1, 'clock_nanosleep took %f s of system time, want next to none' % system)
    less = seconds_of(strc, ['-w', '-O', '1s'], 'clock_nanosleep', cmd)
    check(less == 0.0, '-w -O 1s: clock_nanosleep %f s, want 0 (never below zero)' % less)
    less = seconds_of(strc, ['-w', '-O', '100ms'], 'clock_nanosleep', cmd)
    check(0.19 <= less < wall, '-w -O 100ms: clock_nanosleep %f s, want 0.2' % less)


def unknown_case(strc, prog):
    """strc alone, as strace 7.2 prints it (6.1 cannot): `PROG unknown` calls syscall(1000)
    once and syscall(-1) twice; each number is a row of the native table, failed with ENOSYS,
    and the name column widens to the longest name."""
    with tempfile.TemporaryDirectory() as tmp:
        rc, lines = run(strc, ['-c', '-S', 'name'], [prog, 'unknown'], tmp)
    check(rc == 0, 'exit status %d' % rc)
    tabs, _ = tables(lines)
    if not check(len(tabs) == 1 and tabs[0][0] is None, 'want one table, the native one: %r'
                 % [t[0] for t in tabs]):
        return
    _, header, rule, rows, total = tabs[0]
    check(spans(rule)[-1][1] - spans(rule)[-1][0] == len('syscall_0xffffffffffffffff') + 1,
          'the name column is not one wider than syscall_0xffffffffffffffff: %r' % rule)
    got = {c['syscall']: (c['calls'], c['errors']) for c in (cells(header, rule, r, 'strc')
                                                              for r in rows)}
    check(got.get('syscall_0x3e8') == ('1', '1'), 'syscall_0x3e8: %s' % (got.get('syscall_0x3e8'),))
    check(got.get('syscall_0xffffffffffffffff') == ('2', '2'),
          'syscall_0xffffffffffffffff: %s' % (got.get('syscall_0xffffffffffffffff'),))
    names = [n for n in got if n.startswith('syscall_')]
    check(len(names) == 2, 'unknown rows: %s' % names)
    tot = cells(header, rule, total, 'strc')
    check(int(tot['calls']) == sum(int(c) for c, _ in got.values()), 'total calls %s' % tot['calls'])


def main():
    strc, what, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    strace = os.environ.get('STRC_REFERENCE_STRACE') or shutil.which('strace')
    if what == 'wall':
        wall_case(strc)
    elif what == 'unknown':
        unknown_case(strc, args[0])
    elif not strace:
        print('summary: strace is not installed; skipped')
        return 77
    elif what == 'table':
        while args:
            case = args[:args.index('::')] if '::' in args else args
            args = args[len(case) + 1:]
            before = len(failures)
            table_case(strc, strace, case, strace_major(strace) < 7)
            failures[before:] = ['%s: %s' % (' '.join(case), f) for f in failures[before:]]
    else:
        errors_case(strc, strace)
    for f in failures:
        print('FAIL:', f)
    print('summary %s: %d failed' % (what, len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
