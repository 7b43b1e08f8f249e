#!/usr/bin/env python3
"""layers: check that strc's sources stand on floors that point one way.

Every source file is placed on a floor (FLOORS below); a file may use what is defined on its
own floor or below, never above. Two kinds of dependency are read from the code itself:

  - includes: a file that includes a header depends on the header's floor (HEADERS below);
  - symbols: with `nm` on the built objects, a file that uses a symbol another file defines
    depends on that file.

A dependency that points up a floor fails the check, unless it is in ALLOWED with its reason.
The symbol graph's cycles are reported too: a cycle may stay inside one family of decoders
(FAMILIES) or inside one floor below them, but no cycle may span two families.

  layers.py --src SOURCE_DIR --objects OBJECT_DIR [--objects OBJECT_DIR] [--report]

OBJECT_DIR is an object directory: the core library's (build/CMakeFiles/strccore.dir) and
main.c's (build/CMakeFiles/strc.dir); --objects may be given more than once. With
--report it prints every dependency that points up and every cycle, and exits 0 whatever
it finds (to measure an old tree). Exit status: 0 clean, 1 a violation, 2 bad usage.
"""
import argparse
import os
import re
import subprocess
import sys

# The floors, lowest first. A file's floor is looked up by its path under src/.
FLOOR_NAMES = ['utilities', 'ABI', 'memory', 'output', 'value printers', 'decoders',
               'driver, loop and options']

FLOORS = {
    # utilities: messages, the options' storage, the generated tables and their lookups
    'util.c': 0, 'numset.c': 0, 'systab.c': 0,
    # the sanitizers' defaults (only with STRC_SANITIZE=ON): uses nothing
    'sanitize/options.c': 0,
    # the tracee's ABI and the tracee registry
    'abi.c': 1, 'tracee.c': 1, 'style.c': 1,
    # the tracee's memory
    'mem.c': 2,
    # output files, the line and its prefix
    'output.c': 3, 'pids.c': 3, 'timing.c': 3, 'colour.c': 3,
    # value printers: strings, numbers, flags, descriptors, signals, the generic printer,
    # and the struct printers several decoder families share
    'print.c': 4, 'args.c': 4, 'signals.c': 4, 'fdinfo.c': 4,
    'decode/common.c': 4, 'decode/compat.c': 4,
    # decoders: src/decode/ (below, by default), the -e read=/write= dumps
    'dumpio.c': 5,
    # the driver of one call, the loop, the options and the features around them
    'syscall.c': 6, 'subcall.c': 6, 'tracer.c': 6, 'main.c': 6, 'qualify.c': 6,
    'seccomp.c': 6, 'inject.c': 6, 'status.c': 6, 'pathtrace.c': 6, 'summary.c': 6,
    'probe.c': 6, 'runas.c': 6, 'stack.c': 6, 'symbols.c': 6, 'report.c': 6, 'report_text.c': 6,
    'namespaces.c': 6, 'kvm.c': 6,
    'report_json.c': 6,
    # the JSON rendering: called by the output floor through capture_enable's hook
    'json.c': 6,
}
DECODER_FLOOR = 5

# Each header's floor: where what it declares is defined.
HEADERS = {
    'util.h': 0, 'options.h': 0, 'numset.h': 0, 'sysent.h': 0, 'sysids.h': 0, 'xlats.h': 0,
    'abi.h': 1, 'strc.h': 1, 'style.h': 1,
    'mem.h': 2,
    'output.h': 3, 'timing.h': 3,
    'print.h': 4, 'signals.h': 4, 'fdinfo.h': 4, 'values.h': 4,
    'decode.h': 5, 'decoders.h': 5, 'net.h': 5, 'netlink.h': 5, 'dumpio.h': 5,
    'syscall.h': 6, 'filter.h': 6, 'tracer.h': 6, 'summary.h': 6, 'stack.h': 6, 'report.h': 6, 'report_data.h': 6,
    'tables.h': 6, 'json.h': 6, 'namespaces.h': 6, 'kvm.h': 6,
}

# Families of decoders: files that may call each other freely (a cycle among them is one
# family's business). A decoder file not listed is a family of its own. Below the decoders a
# floor is one family: the output layer prints the prefix through pids.c and timing.c,
# which print through it; print.c decorates descriptors through fdinfo.c, which quotes
# through print.c.
FAMILIES = {
    'net': ['decode/net.c', 'decode/netlink.c', 'decode/nlattr.c', 'decode/rtnl.c',
            'decode/sockdiag.c', 'decode/ioctl_sock.c'],
}

# Upward dependencies that stay, each with its reason: (from, to) where to is a file or a
# header; the reason is printed with the report.
ALLOWED = {
}

# Symbols that are not dependencies: the generated table names every decoder by pointer,
# which is how the driver reaches them, not a use of the decoders by the data.
IGNORED_FILES = {'tables.c'}


def floor_of(rel):
    if rel in FLOORS:
        return FLOORS[rel]
    if rel.startswith('decode/'):
        return DECODER_FLOOR
    return None


def family_of(rel):
    for name, files in FAMILIES.items():
        if rel in files:
            return name
    fl = floor_of(rel)
    if fl is not None and fl != DECODER_FLOOR:
        return FLOOR_NAMES[fl]
    return rel


def sources(src):
    out = []
    for d, _, files in os.walk(os.path.join(src, 'src')):
        for f in files:
            if f.endswith('.c'):
                out.append(os.path.relpath(os.path.join(d, f), os.path.join(src, 'src')))
    return sorted(out)


def includes(path):
    with open(path) as f:
        return re.findall(r'^#include "([\w./]+)"', f.read(), re.M)


def object_for(objdirs, rel):
    for objdir in objdirs:
        for cand in (os.path.join(objdir, 'src', rel + '.o'), os.path.join(objdir, rel + '.o')):
            if os.path.exists(cand):
                return cand
    return None


def symbols(obj):
    """(defined, used) global symbols of one object file."""
    out = subprocess.run(['nm', obj], capture_output=True, text=True, check=True).stdout
    defined, used = set(), set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == 'U':
            used.add(parts[1])
        elif len(parts) == 3 and parts[1] in 'TDRBCGSV':
            defined.add(parts[2])
    return defined, used


def symbol_graph(objdir, files):
    defs, uses = {}, {}
    for rel in files:
        obj = object_for(objdir, rel)
        if obj is None:
            continue
        d, u = symbols(obj)
        uses[rel] = u
        for s in d:
            defs[s] = rel
    graph = {rel: set() for rel in uses}
    for rel, u in uses.items():
        for s in u:
            owner = defs.get(s)
            if owner and owner != rel and owner not in IGNORED_FILES:
                graph[rel].add(owner)
    return graph


def strongly_connected(graph):
    """Tarjan's algorithm, iteratively: the cycles of the graph, as sets of nodes."""
    index, low, on, stack, comps = {}, {}, set(), [], []
    counter = [0]
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                elif nxt in on:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = set()
                while True:
                    n = stack.pop()
                    on.discard(n)
                    comp.add(n)
                    if n == node:
                        break
                if len(comp) > 1:
                    comps.append(comp)
    return comps


def check(src, objdir, report):
    files = [f for f in sources(src) if f not in IGNORED_FILES]
    problems = []
    unplaced = [f for f in files if floor_of(f) is None]
    for f in unplaced:
        problems.append('%s: on no floor; place it in tests/layers.py FLOORS' % f)

    upward = []
    for rel in files:
        fl = floor_of(rel)
        if fl is None:
            continue
        for h in includes(os.path.join(src, 'src', rel)):
            hf = HEADERS.get(os.path.basename(h))
            if hf is None:
                problems.append('%s: includes %s, which is on no floor' % (rel, h))
            elif hf > fl:
                upward.append((rel, os.path.basename(h), fl, hf))
    graph = symbol_graph(objdir, files)
    if not graph:
        problems.append('no objects under %s: build first' % objdir)
    for rel, deps in graph.items():
        fl = floor_of(rel)
        for d in sorted(deps):
            df = floor_of(d)
            if fl is not None and df is not None and df > fl:
                upward.append((rel, d, fl, df))

    pairs = sorted(set(upward))
    bad = [p for p in pairs if (p[0], p[1]) not in ALLOWED]
    for rel, to, fl, tf in bad:
        problems.append('%s (%s) depends on %s (%s): up a floor' % (
            rel, FLOOR_NAMES[fl], to, FLOOR_NAMES[tf]))
    cycles = strongly_connected(graph)
    largest = max((len(c) for c in cycles), default=0)
    for c in cycles:
        fams = sorted({family_of(f) for f in c})
        if len(fams) > 1:
            problems.append('a cycle spans %d families: %s' % (len(fams), ' '.join(sorted(c))))

    print('layers: %d files, %d uses between files, %d includes; %d point up a floor '
          '(%d allowed); %d cycles, the largest of %d files' % (
              len(files), sum(len(d) for d in graph.values()), sum(
                  len(includes(os.path.join(src, 'src', f))) for f in files),
              len(pairs), len(pairs) - len(bad), len(cycles), largest))
    for rel, to, fl, tf in pairs:
        if (rel, to) in ALLOWED:
            print('  allowed: %s -> %s: %s' % (rel, to, ALLOWED[(rel, to)]))
    for c in sorted(cycles, key=len, reverse=True):
        print('  cycle: %s' % ' '.join(sorted(c)))
    for p in problems:
        print('layers: ' + p, file=sys.stderr)
    if report:
        return 0
    return 1 if problems else 0


def main(argv):
    ap = argparse.ArgumentParser(description='check that dependencies point down the floors')
    ap.add_argument('--src', required=True, help='the source tree (holds src/)')
    ap.add_argument('--objects', required=True, action='append',
                    help="an object directory (strccore's, strc's for main.c); repeatable")
    ap.add_argument('--report', action='store_true', help='measure only, never fail')
    args = ap.parse_args(argv[1:])
    if not os.path.isdir(os.path.join(args.src, 'src')):
        print('layers: %s has no src/' % args.src, file=sys.stderr)
        return 2
    return check(args.src, args.objects, args.report)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
