#!/usr/bin/env python3
"""json_bytes.py: tracee bytes never break strc's JSON stream and come back exactly.

  json_bytes.py STRC JSON_BYTES_PROG

Traces progs/json_bytes.c under --json at -s 64 and under -xx, and checks that every line
is JSON, and that the write(2) buffers and the path decode (string or {"b64"}) to the exact
bytes the program passed.
"""
import base64
import json
import os
import subprocess
import sys
import tempfile

PAYLOAD = b'q"b\\s\x01\x1f\x7f\xff\xfe\xc3\x28nul\x00after\xe2\x82\xac\n'
PATH = b'/nonexistent/\x01"\\\xff\xc3\x28\xe2\x82\xac\n'
SMILE = b'\xf0\x9f\x98\x80 ok'


def decode(node):
    if isinstance(node, str):
        return node.encode('utf-8')
    if 'str' in node:
        return node['str'].encode('utf-8')
    return base64.b64decode(node['b64'])


def run(strc, prog, opts):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, 'j')
        subprocess.run([strc, '--json', '-s', '64', '-o', out, '-e', 'trace=write,open,openat']
                       + opts + [prog], check=True, timeout=60)
        raw = open(out, 'rb').read()
    objs = [json.loads(line.decode('utf-8')) for line in raw.split(b'\n') if line]
    calls = [o for o in objs if o['type'] == 'syscall']
    writes = [decode(o['args'][1]) for o in calls if o['syscall'] == 'write']
    paths = [decode(o['args'][1]) for o in calls if o['syscall'] == 'openat']
    return writes, paths


def main():
    strc, prog = sys.argv[1], sys.argv[2]
    bad = 0
    for opts in ([], ['-xx'], ['-x']):
        writes, paths = run(strc, prog, opts)
        if writes != [PAYLOAD, SMILE]:
            print(opts, 'write buffers differ:', writes)
            bad += 1
        if PATH not in paths:
            print(opts, 'the path is not among', paths)
            bad += 1
    print('bad' if bad else 'all bytes came back')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
