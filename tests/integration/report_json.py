#!/usr/bin/env python3
"""report_json.py: --report's object in the JSON stream, on the failing jobs of report.sh.

  report_json.py --strc STRC --progs PROGS --jobs REPORTDIR --schema SCHEMA
                 --followproj DIR CASE

CASE is make, python, pipe (the three CI-like failing jobs), success (a real build),
filejson (--json-file with the text report beside it), tails (writev and sendmsg on fds 2
and 1 feed the output tails), targets (a group's target is the bare path or descriptor's
file, the text's quoting undone) or threads (-p on a process with threads: one process). Each runs strc with --json and
--report on the job and checks that every line of the stream validates against the schema
and reads with jq, that the stream holds one report object, last, and that the object says
what the text report says within its first 40 lines: the failing process, its command line,
how it ended, the call, errno and path, and what it wrote to stderr. Exit 77 (skipped)
without python3-jsonschema or jq.
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
failures = []


def check(what, ok):
    print(('ok    ' if ok else 'FAIL  ') + what)
    if not ok:
        failures.append(what)


def load_stream(text, schema):
    import jsonschema
    lines = text.splitlines()
    validator = jsonschema.Draft7Validator(schema)
    objs = []
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            check('line %d is JSON (%s): %.120s' % (n, e, line), False)
            continue
        errors = list(validator.iter_errors(obj))
        if errors:
            check('line %d validates: %s' % (n, errors[0].message[:200]), False)
        objs.append(obj)
    jq = subprocess.run(['jq', '-c', '.'], input=text, capture_output=True, text=True)
    check('jq reads all %d lines' % len(lines),
          jq.returncode == 0 and len(jq.stdout.splitlines()) == len(lines))
    return objs


def the_report(objs):
    reports = [o for o in objs if o.get('type') == 'report']
    check('one report object, last in the stream', len(reports) == 1 and objs[-1] is reports[0])
    check('the stream starts with its header', bool(objs) and objs[0].get('type') == 'header')
    return reports[0] if reports else {}


def failing(rep):
    """The first failing process's record, and the failure path's records."""
    procs = {p['pid']: p for p in rep.get('failed_processes', [])}
    first = procs.get(rep.get('first_failure'), {})
    return first


def cause(rep, first, syscall_re, errno, target):
    line_re = re.compile(syscall_re)
    check('the failing process kept the failed call (not a probe)',
          any(f['probe'] is None and line_re.search(f['line']) for f in first.get('failed_calls', [])))
    groups = [g for g in rep.get('failed_call_groups', []) if g['in_first_failure']]
    check('the first group is the cause: %s %s %s' % (syscall_re, errno, target),
          bool(groups) and groups[0]['errno'] == errno and groups[0]['target'] == target
          and groups[0]['target_fd'] is None
          and groups[0]['probe'] is None and first.get('pid') in groups[0]['pids'])


def stderr_has(first, text):
    tail = first.get('stderr_tail')
    check('what it wrote to stderr: %r' % text, isinstance(tail, str) and text in tail)


def run(argv, **kw):
    return subprocess.run(argv, capture_output=True, text=True, errors='replace', **kw)


def case_make(a, tmp, schema):
    job = os.path.join(tmp, 'make')
    shutil.copytree(os.path.join(a.jobs, 'makejob'), job)
    r = run([a.strc, '--json', '--report', 'sh', os.path.join(a.jobs, 'makejob', 'job.sh'), job])
    check('make: the job hides the cause', r.stdout == 'build failed\n')
    rep = the_report(load_stream(r.stderr, schema))
    root = next((p for p in rep.get('processes', []) if p['pid'] == rep.get('command')), {})
    check('make: how the command ended', root.get('status') == 1 and root.get('failed_process'))
    first = failing(rep)
    check('make: the failing process and its command line',
          first.get('cmd') == './gen-version.sh' and first.get('status') == 2
          and first.get('cwd', '').endswith('/make'))
    path = rep.get('failure_path', [])
    cmds = {p['pid']: p['cmd'] for p in rep.get('processes', [])}
    check('make: make is on the failure path, the command at its end',
          'make' in [cmds.get(p) for p in path[1:]] and path[-1] == rep.get('command'))
    cause(rep, first, r'^openat\(AT_FDCWD, "build-info/VERSION", O_RDONLY\) = -1 ENOENT',
          'ENOENT', 'build-info/VERSION')
    stderr_has(first, 'cannot open build-info/VERSION')
    check('make: no text report on the JSON stream', '=== strc report' not in r.stderr)


def case_python(a, tmp, schema):
    job = os.path.join(tmp, 'py')
    shutil.copytree(os.path.join(a.jobs, 'pyjob'), job)
    r = run([a.strc, '--json', '--report', '--report-lines=4', 'python3',
             os.path.join(job, 'runner.py'), job])
    check('python: the job hides the cause', r.stdout == 'test failed\n')
    rep = the_report(load_stream(r.stderr, schema))
    first = failing(rep)
    check('python: the failing process and its command line',
          first.get('cmd') == 'cat /expected.out' and first.get('how') == 'exited with 1')
    check('python: --report-lines', len(first.get('last_calls', [])) == 4)
    cause(rep, first, r'^openat\(AT_FDCWD, "/expected\.out", O_RDONLY\) = -1 ENOENT',
          'ENOENT', '/expected.out')
    stderr_has(first, 'cat: /expected.out: No such file')
    check('python: the module search is folded, not dropped',
          any(g['probe'] == 'found_elsewhere' for g in rep.get('failed_call_groups', [])))


def case_pipe(a, tmp, schema):
    crasher = os.path.join(a.progs, 'crasher')
    out = os.path.join(tmp, 'pipe.jsonl')
    # to a file: the shell's own "Segmentation fault" goes to the standard error
    r = run([a.strc, '--json', '-o', out, '--report', 'sh', os.path.join(a.jobs, 'pipejob.sh'), crasher])
    check('pipe: the job hides the cause', r.stdout == 'no output produced\n')
    with open(out, encoding='utf-8') as f:
        rep = the_report(load_stream(f.read(), schema))
    first = failing(rep)
    check('pipe: the failing process, its command line, how it ended',
          first.get('cmd') == crasher and first.get('signal') == 'SIGSEGV'
          and first.get('status') is None and first.get('how', '').startswith('killed by SIGSEGV'))
    cause(rep, first, r'^open(at)?\(.*"/nonexistent-strc-test/crasher\.conf", O_RDONLY\) = -1 ENOENT',
          'ENOENT', '/nonexistent-strc-test/crasher.conf')
    stderr_has(first, 'crasher: formatting records\n')
    check('pipe: the siginfo', (first.get('signal_line') or '').startswith(
        '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL}'))


def case_success(a, tmp, schema):
    proj = os.path.join(tmp, 'fp')
    shutil.copytree(a.followproj, proj)
    out = os.path.join(tmp, 'ok.jsonl')
    r = run([a.strc, '--json', '-o', out, '--report', 'make', '-C', proj])
    check('success: the build ran', r.returncode == 0 and os.access(os.path.join(proj, 'prog'), os.X_OK))
    with open(out, encoding='utf-8') as f:
        objs = load_stream(f.read(), schema)
    check('success: the trace is in the same stream',
          any(o.get('type') == 'syscall' for o in objs))
    rep = the_report(objs)
    check('success: said', rep.get('succeeded') is True and rep.get('first_failure') is None
          and rep.get('failed_processes') == [])
    # the first 15, as many as the text shows
    shown = [g for g in rep.get('failed_call_groups', []) if g['probe'] is None][:15]
    check('success: no loader or locale probe among the first real failures',
          not any(re.search(r'\.so[."]|glibc-hwcaps|ld\.so|/locale|gconv', g['target'] or '')
                  for g in shown))
    check('success: loader probes marked, not dropped',
          any(g['probe'] == 'loader' for g in rep.get('failed_call_groups', [])))
    check('success: the tree has the compiler, each with its parent',
          any(re.match(r'\S*cc', p['cmd'] or '') and p['parent'] for p in rep.get('processes', [])))


def case_filejson(a, tmp, schema):
    job = os.path.join(tmp, 'make')
    shutil.copytree(os.path.join(a.jobs, 'makejob'), job)
    js = os.path.join(tmp, 'j.jsonl')
    r = run([a.strc, '--json-file=' + js, '--report', 'sh', os.path.join(a.jobs, 'makejob', 'job.sh'), job])
    check('--json-file: the text report on stderr', '=== strc report ===' in r.stderr)
    with open(js, encoding='utf-8') as f:
        rep = the_report(load_stream(f.read(), schema))
    m = re.search(r'^  > pid (\d+)  ', r.stderr, re.M)
    check('--json-file: the object names the text\'s failing process',
          m is not None and rep.get('first_failure') == int(m.group(1)))


TAILS = r"""
import os, socket, sys
os.writev(2, [b'first part, ', b'', b'second part\n'])
a, b = socket.socketpair()
os.dup2(a.fileno(), 1)
socket.socket(fileno=1).sendmsg([b'msg one ', b'msg two\n'])
sys.exit(3)
"""


def case_tails(a, tmp, schema):
    out = os.path.join(tmp, 'tails.jsonl')
    text = os.path.join(tmp, 'tails.txt')
    run([a.strc, '--json', '-o', out, '--report=' + text, sys.executable, '-c', TAILS])
    with open(out, encoding='utf-8') as f:
        rep = the_report(load_stream(f.read(), schema))
    first = failing(rep)
    check('tails: the process that exited with 3', first.get('status') == 3)
    check('tails: writev on fd 2 in the stderr tail',
          (first.get('stderr_tail') or '').endswith('first part, second part\n'))
    check('tails: sendmsg on fd 1 in the stdout tail',
          (first.get('stdout_tail') or '').endswith('msg one msg two\n'))
    with open(text, encoding='utf-8') as f:
        report = f.read()
    check('tails: the text report says the same',
          'first part, second part\\n"' in report and 'stdout: "msg one msg two\\n"' in report)


# Failed calls whose targets the text quotes and escapes: a quote and a backslash, a byte
# that is not UTF-8 and a newline, a non-ASCII letter, a descriptor's file, a descriptor
# that is not open.
TARGETS = r"""
import os, sys
for p in [b'/nonexistent-strc/a"b\\c', b'/nonexistent-strc/\xff\n', '/nonexistent-strc/caf\u00e9'.encode()]:
    try:
        os.open(p, os.O_RDONLY)
    except OSError:
        pass
fd = os.open('/dev/null', os.O_WRONLY)
os.dup2(fd, 57)
for f in (57, 58):
    try:
        os.read(f, 1)
    except OSError:
        pass
sys.exit(1)
"""


def case_targets(a, tmp, schema):
    out, text = os.path.join(tmp, 'targets.jsonl'), os.path.join(tmp, 'targets.txt')
    run([a.strc, '--json', '-o', out, '--report=' + text, sys.executable, '-c', TARGETS])
    with open(out, encoding='utf-8') as f:
        rep = the_report(load_stream(f.read(), schema))
    groups = rep.get('failed_call_groups', [])

    def group(syscall, errno, target, fd=None):
        return any(g['syscall'] == syscall and g['errno'] == errno and g['target'] == target
                   and g['target_fd'] == fd for g in groups)
    check('targets: a quote and a backslash, bare',
          group('openat', 'ENOENT', '/nonexistent-strc/a"b\\c'))
    check('targets: bytes that are not UTF-8, as base64',
          group('openat', 'ENOENT', {'b64': 'L25vbmV4aXN0ZW50LXN0cmMv/wo='}))
    check('targets: a letter outside ASCII, as itself',
          group('openat', 'ENOENT', '/nonexistent-strc/caf\u00e9'))
    check('targets: a descriptor\'s file, and its number',
          group('read', 'EBADF', '/dev/null', 57))
    check('targets: a descriptor not open: no file, its number', group('read', 'EBADF', None, 58))
    with open(text, encoding='utf-8', errors='replace') as f:
        report = f.read()
    check('targets: the text report keeps the quoted, escaped form',
          'openat ENOENT "/nonexistent-strc/a\\"b\\\\c"' in report
          and 'read EBADF fd 57</dev/null>' in report)


# Three threads blocked reading a pipe, the main thread blocked on the go fifo; once go
# says so, the threads are woken and joined and the process exits 0.
THREADS = r"""
import os, sys, threading
r, w = os.pipe()
ts = [threading.Thread(target=os.read, args=(r, 1)) for _ in range(3)]
for t in ts:
    t.start()
with open(sys.argv[1], 'w') as f:
    f.write('ready\n')
with open(sys.argv[2]) as f:
    f.read()
os.write(w, b'xyz')
for t in ts:
    t.join()
"""


def traced_by(pid):
    """Every task of pid has a tracer."""
    try:
        tasks = os.listdir('/proc/%d/task' % pid)
        for tid in tasks:
            with open('/proc/%d/task/%s/status' % (pid, tid)) as f:
                if re.search(r'^TracerPid:\s+0$', f.read(), re.M):
                    return False
    except OSError:
        return False
    return True


def case_threads(a, tmp, schema):
    ready, go = os.path.join(tmp, 'ready'), os.path.join(tmp, 'go')
    os.mkfifo(ready)
    os.mkfifo(go)
    proc = subprocess.Popen([sys.executable, '-c', THREADS, ready, go])
    with open(ready) as f:
        f.read()
    ntasks = len(os.listdir('/proc/%d/task' % proc.pid))
    out, text = os.path.join(tmp, 'th.jsonl'), os.path.join(tmp, 'th.txt')
    strc = subprocess.Popen([a.strc, '--json-file=' + out, '--report=' + text, '-o', os.devnull,
                             '-p', str(proc.pid)])
    for _ in range(2000):  # polls the condition "every thread attached", bounded
        if traced_by(proc.pid) or strc.poll() is not None:
            break
        time.sleep(0.01)
    with open(go, 'w') as f:
        f.write('go\n')
    proc.wait(timeout=30)
    strc.wait(timeout=30)
    check('threads: the process had its threads', ntasks == 4)
    with open(out, encoding='utf-8') as f:
        rep = the_report(load_stream(f.read(), schema))
    procs = rep.get('processes', [])
    check('threads: one process, the one attached, not one per thread',
          [p['pid'] for p in procs] == [proc.pid])
    check('threads: its calls counted, the threads\' too',
          bool(procs) and procs[0]['calls'] >= 4 and procs[0]['how'] == 'exited with 0')
    with open(text, encoding='utf-8') as f:
        report = f.read()
    tree = report[report.index('Process tree'):].splitlines()[1:] if 'Process tree' in report else []
    check('threads: the text tree has one line', len(tree) == 1 and str(proc.pid) in tree[0])
    check('threads: the text counts one process', '\n1 processes, 0 ended badly' in report)


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    for o in ('--strc', '--progs', '--jobs', '--schema', '--followproj'):
        ap.add_argument(o, required=True)
    ap.add_argument('case', choices=['make', 'python', 'pipe', 'success', 'filejson', 'tails',
                                     'targets', 'threads'])
    a = ap.parse_args()
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        print('python3-jsonschema is not installed: skipped')
        return SKIP
    if not shutil.which('jq'):
        print('jq is not installed: skipped')
        return SKIP
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # the segfaulting stage leaves no core
    with open(a.schema) as f:
        schema = json.load(f)
    with tempfile.TemporaryDirectory(prefix='strc-repjson.') as tmp:
        globals()['case_' + a.case](a, tmp, schema)
    if failures:
        print('%d check(s) failed' % len(failures))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
