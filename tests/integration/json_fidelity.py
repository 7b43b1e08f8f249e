#!/usr/bin/env python3
"""json_fidelity.py: every syscall object of strc's JSON renders back to strc's text line.

  json_fidelity.py --strc PATH [--schema FILE] [TRACER OPTIONS ...] -- COMMAND [ARGS ...]

One run, in an empty directory of its own: the text trace to -o, the JSON to --json-file,
so both come from the same calls and nothing needs masking. Per process (with -f the text
lines are split by pid and unfinished/resumed halves joined), the n-th syscall object is
rendered by json_render.py and must equal the n-th syscall line; the padding before " = "
is compared exactly on lines that were not cut. Every JSON line must parse, and with
--schema validate (python3-jsonschema; exit 77 when it is missing). Any object that does
not render back, or a count that differs, fails the test (exit 1). With -e read=/write=,
the bytes of each call's hex dump in the text (the lines below it, with no prefix) must be
the object's "dump"; with -k the frames below each call, signal and exit line must be
the object's "frames", and with -e kvm=vcpu+ the two structure lines below a KVM_RUN must be
what its "kvm_run" renders to.
"""
import argparse
import base64
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import json_render  # noqa: E402

SKIP = 77
PREFIX = re.compile(r'^(\d+) ')  # -f with -o: "%-5d "
# -t/-tt/-ttt/-r: the time before the call, part of the prefix
STAMP = re.compile(r'^ *(?:\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+|\d+) +')
RESUMED = re.compile(r'^<\.\.\. [^ ]+ resumed>')
DUMP_HEAD = re.compile(r'^ \* (\d+) bytes in buffer (\d+)$')
DUMP_LINE = re.compile(r'^ \| [0-9a-f]{5}  ((?:[0-9a-f]{2} | {3}){8} (?:[0-9a-f]{2} | {3}){8}) ')


def dump_line(dumps, line):
    """A dump line below the last call: its bytes join that call's dump. False if not one."""
    m = DUMP_HEAD.match(line)
    if m:
        dumps.append([int(m.group(2)), b''])
        return True
    m = DUMP_LINE.match(line)
    if m:
        if not dumps:
            dumps.append([None, b''])
        dumps[-1][1] += bytes.fromhex(m.group(1).replace(' ', ''))
        return True
    return False


def below_line(below, line):
    """A line strace prints below a call or a signal, with no prefix: a -k frame (" > ") or
    -e kvm=vcpu+'s structure (" VCPU"); kept in below. False if not one."""
    if line.startswith(' > '):
        below.setdefault('frames', []).append(line[3:])
        return True
    if line.startswith(' VCPU'):
        below.setdefault('kvm', []).append(line)
        return True
    return False


def text_calls(path, follow, main_pid, stamped):
    """{pid: [(line, joined, stamp length)]} for the syscall lines, halves joined,
    {(pid, index): [[buffer, bytes]]}: the dumps below each call, {pid: [line]}: the
    signal lines, and {('call'|'signal', pid, index): {'frames': [...], 'kvm': [...]}}: the
    lines below each call, signal and exit line (there the stack of the call the process's
    end cut short)."""
    calls, pending, dumps, last = {}, {}, {}, None
    signals, exits, below, below_of = {}, {}, {}, None
    with open(path, encoding='latin-1') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if below_of and below_line(below.setdefault(below_of, {}), line):
                continue
            if not below_of and line.startswith(' > '):
                continue
            if last and dump_line(dumps.setdefault(last, []), line):
                continue
            pid = main_pid
            if follow:
                m = PREFIX.match(line)
                if not m:
                    continue
                pid, line = int(m.group(1)), line[max(len(m.group(1)), 5) + 1:]
            stamp = STAMP.match(line) if stamped else None
            if stamp:
                line = line[stamp.end():]
            if line.startswith('--- '):
                signals.setdefault(pid, []).append(line)
                below_of = ('signal', pid, len(signals[pid]) - 1)
                continue
            if line.startswith('+++ '):
                exits.setdefault(pid, []).append(line)
                below_of = ('exit', pid, len(exits[pid]) - 1)
                continue
            if line.startswith(' > '):  # below nothing shown
                continue
            m = RESUMED.match(line)
            if m:
                if pid not in pending:
                    raise SystemExit('resumed line without its start: %r' % raw)
                calls.setdefault(pid, []).append((pending.pop(pid) + line[m.end():], True, 0))
                last = (pid, len(calls[pid]) - 1)
                below_of = ('call',) + last
                continue
            if line.endswith(' <unfinished ...>') and not re.search(r'\) += \?$', line):
                pending[pid] = line[:-len(' <unfinished ...>')]
                below_of = None
                continue
            calls.setdefault(pid, []).append((line, False, len(stamp.group(0)) if stamp else 0))
            last = (pid, len(calls[pid]) - 1)
            below_of = ('call',) + last
    for pid, line in pending.items():  # a call never resumed: its line as it was cut
        calls.setdefault(pid, []).append((line + ' <unfinished ...>', True, 0))
    return calls, {k: v for k, v in dumps.items() if v}, signals, exits, below


def below_differs(obj, lines):
    """Why the frames and kvm_run of a JSON object are not the lines below its text line;
    None when they are."""
    if obj.get('frames', []) != lines.get('frames', []):
        return 'frames %r, text %r' % (obj.get('frames'), lines.get('frames'))
    kvm = json_render.render_kvm_run(obj.get('kvm_run'))
    if kvm != lines.get('kvm', []):
        return 'kvm_run renders as %r, text %r' % (kvm, lines.get('kvm'))
    return None


def json_dump(obj):
    """The object's dump as [[buffer, bytes]], the value representation undone."""
    out = []
    for item in obj.get('dump', []):
        b = item['bytes']
        if isinstance(b, str):
            data = b.encode('utf-8')
        elif 'b64' in b:
            data = base64.b64decode(b['b64'])
        else:
            data = b['str'].encode('utf-8')
        out.append([item['buffer'], data])
    return out


def unpad(tail):
    return ')' + tail[1:].lstrip(' ') if tail.startswith(')') else tail


def load_validator(schema_path):
    if not schema_path:
        return None
    try:
        import jsonschema
    except ImportError:
        print('python3-jsonschema is not installed: skipped')
        sys.exit(SKIP)
    with open(schema_path, encoding='utf-8') as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--strc', required=True)
    ap.add_argument('--schema')
    args, opts = ap.parse_known_args(sys.argv[1:sys.argv.index('--')]
                                     if '--' in sys.argv else ap.error('-- COMMAND missing'))
    cmd = sys.argv[sys.argv.index('--') + 1:]
    if '/' in cmd[0]:
        cmd[0] = os.path.abspath(cmd[0])
    validator = load_validator(args.schema)
    follow = '-f' in opts
    with tempfile.TemporaryDirectory() as d:
        text, js = os.path.join(d, 'trace.txt'), os.path.join(d, 'trace.jsonl')
        work = os.path.join(d, 'w')
        os.mkdir(work)
        r = subprocess.run([os.path.abspath(args.strc)] + opts +
                           ['-o', text, '--json-file=' + js] + cmd,
                           cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=100)
        if not os.path.exists(js):
            print('strc did not run:', r.stderr.decode(errors='replace'))
            return 2
        objs = []
        with open(js, 'rb') as f:
            for n, raw in enumerate(f, 1):
                try:
                    obj = json.loads(raw.decode('utf-8'))
                except (UnicodeDecodeError, json.JSONDecodeError) as e:
                    print('line %d is not JSON: %s: %r' % (n, e, raw[:200]))
                    return 1
                if validator:
                    errs = list(validator.iter_errors(obj))
                    if errs:
                        print('line %d does not match the schema: %s\n  %s' %
                              (n, errs[0].message, raw[:300]))
                        return 1
                objs.append(obj)
        header = objs[0]
        if header.get('type') != 'header':
            print('the first line is not the header')
            return 1
        xflag = header['strings_in_hex']
        main_pid = next((o['pid'] for o in objs if 'pid' in o), 0)
        stamped = any(o.startswith(('-t', '-r', '--timestamps', '--absolute', '--relative'))
                      for o in opts)
        calls, dumps, signals, exits, below = text_calls(text, follow, main_pid, stamped)
        by_pid, events = {}, {'signal': {}, 'exit': {}}
        for o in objs:
            if o['type'] == 'syscall':
                by_pid.setdefault(o['pid'], []).append(o)
            elif o['type'] == 'signal':
                events['signal'].setdefault(o['pid'], []).append(o)
            elif o['type'] in ('exit', 'killed'):
                events['exit'].setdefault(o['pid'], []).append(o)
        bad = total = 0
        for kind, text_lines in (('signal', signals), ('exit', exits)):
            for pid in sorted(set(text_lines) | set(events[kind])):
                lines, jo = text_lines.get(pid, []), events[kind].get(pid, [])
                if len(lines) != len(jo):
                    print('pid %d: %d %s lines, %d objects' % (pid, len(lines), kind, len(jo)))
                    bad += 1
                for i, (line, obj) in enumerate(zip(lines, jo)):
                    why = below_differs(obj, below.get((kind, pid, i), {}))
                    if why:
                        bad += 1
                        print('pid %d: below %r: %s' % (pid, line[:60], why))
        for pid in sorted(set(calls) | set(by_pid)):
            lines, jo = calls.get(pid, []), by_pid.get(pid, [])
            if len(lines) != len(jo):
                print('pid %d: %d text lines, %d syscall objects' % (pid, len(lines), len(jo)))
                bad += 1
            for i, ((line, joined, stamp_len), obj) in enumerate(zip(lines, jo)):
                total += 1
                if dumps.get((pid, i), []) != json_dump(obj):
                    bad += 1
                    print('pid %d: the dump below %r is not the object\'s: %r' %
                          (pid, line[:80], obj.get('dump')))
                why = below_differs(obj, below.get(('call', pid, i), {}))
                if why:
                    bad += 1
                    print('pid %d: below %r: %s' % (pid, line[:60], why))
                prefix_len = max(len(str(pid)) + 1, 6) if follow else 0
                prefix_len += stamp_len
                try:
                    head, tail = json_render.render_call(obj, xflag, prefix_len)
                except (ValueError, KeyError, TypeError) as e:
                    print('pid %d: cannot render %s: %s' % (pid, json.dumps(obj)[:300], e))
                    bad += 1
                    continue
                if joined:  # the padding was counted on the resumed line's own columns
                    ok = line.startswith(head) and unpad(line[len(head):]) == unpad(tail)
                else:
                    ok = line == head + tail
                if not ok:
                    bad += 1
                    if bad <= 10:
                        print('pid %d differs:\n  text: %s\n  json: %s' % (pid, line, head + tail))
        print('%d syscall lines, %d objects, %d dumps, %d differ' % (
            sum(len(v) for v in calls.values()), sum(len(v) for v in by_pid.values()),
            len(dumps), bad))
        if total == 0:
            print('no syscall line at all')
            return 1
        return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
